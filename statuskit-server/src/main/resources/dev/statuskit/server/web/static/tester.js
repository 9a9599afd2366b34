// The tester: one request sent by the statuskit server, and what came back: the status explained
// by the registry, what the rules find wrong with the response, headers, body, timing, redirects.
// A short history stays in this browser (localStorage), with credentials redacted.
import { h, api, ApiError, announce, classOf, codeLink, errorBox, spinner, plural, fill } from './dom.js';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const HISTORY_KEY = 'statuskit.tester.history';
const HISTORY_SIZE = 15;
/** Header names whose values are credentials: never kept in the history. */
const SECRET = /authorization|cookie|token|secret|password|api[-_]?key|session/i;
const EXAMPLES = ['/status/401', '/status/429', '/status/201', '/redirect/2', '/bearer', '/status/200:0.7,503:0.3'];

let info;

export async function testerPage(main) {
  document.title = 'Tester · statuskit';
  try {
    info = info || await api('info');
  } catch (e) {
    info = {allowRemoteTargets: false};
  }
  const params = new URLSearchParams(location.search);
  const method = h('select', {id: 'method'}, METHODS.map(m => h('option', {value: m}, m)));
  method.value = METHODS.includes((params.get('method') || '').toUpperCase()) ? params.get('method').toUpperCase() : 'GET';
  const url = h('input', {id: 'url', type: 'url', required: true, autocomplete: 'off', spellcheck: 'false',
    value: params.get('url') || location.origin + '/status/401', 'aria-describedby': 'url-hint'});
  const headers = h('textarea', {id: 'headers', rows: 3, spellcheck: 'false', 'aria-describedby': 'headers-hint',
    placeholder: 'Accept: application/json'});
  const body = h('textarea', {id: 'body', rows: 4, spellcheck: 'false', placeholder: '{"name": "value"}'});
  const follow = h('input', {type: 'checkbox', id: 'follow'});
  const send = h('button', {type: 'submit', id: 'send'}, 'Send');
  const result = h('section', {id: 'result', 'aria-labelledby': 'result-title', tabindex: '-1'});
  const historyList = h('ol', {id: 'history-list'});

  const form = h('form', {id: 'tester-form', novalidate: true, onsubmit: e => { e.preventDefault(); submit(); }},
    h('div', {class: 'method-url field'},
      h('div', {}, h('label', {for: 'method'}, 'Method'), method),
      h('div', {}, h('label', {for: 'url'}, 'URL'), url)),
    h('p', {class: 'hint', id: 'url-hint'}, info.allowRemoteTargets
      ? 'The statuskit server sends the request, to any address (it was started with --allow-remote-targets).'
      : 'The statuskit server sends the request, to this machine only (localhost, 127.0.0.1, [::1]); '
        + 'start it with --allow-remote-targets to reach other hosts.'),
    h('div', {class: 'examples'}, h('span', {class: 'muted'}, 'Try the mock server:'),
      EXAMPLES.map(path => h('button', {type: 'button', class: 'secondary',
        onclick: () => { url.value = location.origin + path; method.value = 'GET'; url.focus(); }}, path))),
    h('div', {class: 'field'},
      h('label', {for: 'headers'}, 'Headers', h('span', {class: 'hint', id: 'headers-hint'}, 'One per line, Name: Value')),
      headers),
    h('div', {class: 'field'}, h('label', {for: 'body'}, 'Body', h('span', {class: 'hint'}, 'Sent as UTF-8; empty for none')), body),
    h('div', {class: 'row field'},
      h('label', {for: 'follow', class: 'chips'}, follow, 'Follow redirects'),
      send));

  main.append(
    h('h1', {}, 'Request tester'),
    h('p', {class: 'lead'}, 'Send one request and see what its status means and what is wrong with the response.'),
    h('div', {class: 'tester'},
      h('div', {}, form, result),
      h('aside', {class: 'history', 'aria-labelledby': 'history-title'},
        h('h2', {id: 'history-title'}, 'Recent requests'),
        historyList,
        h('button', {type: 'button', class: 'link', id: 'clear-history',
          onclick: () => { localStorage.removeItem(HISTORY_KEY); drawHistory(); announce('History cleared'); }},
          'Clear history'))));
  drawHistory();

  async function submit() {
    let fields;
    try {
      fields = parseHeaders(headers.value);
    } catch (e) {
      fill(result, errorBox(e.message));
      return;
    }
    if (!url.value.trim()) {
      fill(result, errorBox('Enter the URL to send the request to.'));
      url.focus();
      return;
    }
    const request = {method: method.value, url: url.value.trim(), headers: fields,
      body: body.value, followRedirects: follow.checked};
    send.disabled = true;
    fill(result, spinner('Sending ' + request.method + ' ' + request.url + '…'));
    try {
      const answer = await api('tester', {method: 'POST', headers: {'Content-Type': 'application/json'},
        body: JSON.stringify(request)});
      show(answer);
      remember(request, answer.response.status);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      fill(result, h('h2', {id: 'result-title'}, 'Not sent'), errorBox(e.message));
      announce('Not sent: ' + e.message);
    } finally {
      send.disabled = false;
    }
  }

  function show(r) {
    const res = r.response;
    const code = res.code;
    const cls = 'c' + code.class;
    const findings = r.findings;
    fill(result, 
      h('h2', {id: 'result-title'}, 'Response'),
      h('div', {class: 'status-line ' + cls},
        h('span', {class: 'code-num'}, res.status),
        h('span', {class: 'phrase', id: 'status-phrase'}, res.reason || code.phrase),
        h('span', {class: 'muted'}, (res.protocol || '') + ' · ' + r.timing.totalMs.toFixed(1) + ' ms')),
      h('div', {class: 'explain ' + cls, id: 'explanation'},
        h('p', {}, h('strong', {}, res.status + ' ' + code.phrase), ': ', code.summary, '.'),
        res.reason && res.reason.toLowerCase() !== code.phrase.toLowerCase()
          ? h('p', {class: 'muted'}, 'The server\u2019s reason phrase says \u201c' + res.reason + '\u201d; the registry calls '
            + res.status + ' \u201c' + code.phrase + '\u201d.') : null,
        h('p', {}, h('a', {href: '/ui/codes/' + res.status}, 'Everything about ' + res.status),
          ' · ', h('a', {href: code.reference.url, rel: 'noreferrer'},
            code.reference.document + (code.reference.section ? ' §' + code.reference.section : '')))),
      h('h3', {id: 'findings-title'}, 'Findings'),
      findings.length
        ? h('ul', {class: 'findings', 'aria-labelledby': 'findings-title'}, findings.map(finding))
        : h('p', {class: 'no-findings', id: 'no-findings'}, '\u2713 No rule finds anything wrong with this response.'),
      r.hops.length > 1 ? [h('h3', {}, 'Redirects'), h('ol', {class: 'hops'}, r.hops.map(hop => h('li', {},
        h('span', {class: 'mono'}, hop.method + ' ' + hop.url), ' \u2192 ', codeLink(hop.status, hop.reason || ''),
        hop.location ? h('span', {class: 'muted'}, ' Location: ' + hop.location) : null)))] : null,
      h('h3', {id: 'headers-title'}, 'Response headers'),
      res.headers.length ? h('div', {class: 'table-wrap'}, h('table', {'aria-labelledby': 'headers-title'},
        h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Field'), h('th', {scope: 'col'}, 'Value'))),
        h('tbody', {}, res.headers.map(f => h('tr', {}, h('th', {scope: 'row', class: 'nowrap'}, h('code', {}, f.name)),
          h('td', {class: 'mono'}, f.value)))))) : h('p', {class: 'muted'}, 'None.'),
      h('h3', {}, 'Body'),
      res.body.size ? [h('p', {class: 'muted'}, res.body.size.toLocaleString('en') + ' bytes'
          + (res.body.truncated ? ', the first ' + res.body.text.length.toLocaleString('en') + ' characters shown' : '')),
        h('pre', {}, h('code', {}, pretty(res.body.text)))]
        : h('p', {class: 'muted'}, 'None.'),
      h('h3', {id: 'timing-title'}, 'Timing'),
      timing(r.timing, /^https:/i.test(r.request.url)));
    const summary = res.status + ' ' + code.phrase + ', ' + (findings.length ? plural(findings.length, 'finding', 'findings') : 'no findings');
    announce(summary);
  }

  function remember(request, status) {
    const entry = {
      method: request.method, url: redactUrl(request.url), status,
      headers: request.headers.map(f => ({name: f.name, value: SECRET.test(f.name) ? '[redacted]' : f.value})),
      body: request.body.length > 2000 ? '' : request.body, followRedirects: request.followRedirects,
    };
    const list = load().filter(e => !(e.method === entry.method && e.url === entry.url));
    list.unshift(entry);
    localStorage.setItem(HISTORY_KEY, JSON.stringify(list.slice(0, HISTORY_SIZE)));
    drawHistory();
  }

  function drawHistory() {
    const list = load();
    fill(historyList, ...(list.length ? list.map(e => h('li', {},
      h('button', {type: 'button', onclick: () => restore(e)},
        h('span', {class: 'code-num c' + classOf(e.status)}, e.status), ' ', e.method, ' ', shortUrl(e.url))))
      : [h('li', {class: 'muted'}, 'Nothing sent yet.')]));
  }

  function restore(e) {
    method.value = e.method;
    url.value = e.url;
    headers.value = e.headers.map(f => f.name + ': ' + f.value).join('\n');
    body.value = e.body || '';
    follow.checked = !!e.followRedirects;
    url.focus();
    announce('Request restored; credentials were not kept');
  }
}

function finding(f) {
  return h('li', {class: 'sev-' + f.severity, 'data-rule': f.rule},
    h('div', {class: 'head'},
      h('span', {class: 'sev sev-' + f.severity}, f.severity),
      h('a', {href: '/ui/rules/' + f.rule}, f.rule),
      h('strong', {}, f.title)),
    h('p', {}, f.message),
    f.evidence.length ? h('dl', {class: 'facts'}, f.evidence.map(e => [h('dt', {}, e.label), h('dd', {class: 'mono'}, e.value)])) : null,
    f.fix ? h('p', {}, h('strong', {}, 'Fix: '), f.fix) : null);
}

/** The phases as bars; plain http has no TLS phase, shown as a dash rather than 0 ms. */
function timing(t, tls) {
  const phases = [['DNS', t.dnsMs], ['Connect', t.connectMs], ['TLS', tls ? t.tlsMs : null], ['First byte', t.firstByteMs], ['Total', t.totalMs]];
  const max = Math.max(t.totalMs, 0.001);
  return h('div', {class: 'timing', 'aria-labelledby': 'timing-title', role: 'group'}, phases.map(([label, ms]) => [
    h('span', {}, label),
    h('span', {'aria-hidden': 'true'}, bar((ms || 0) / max)),
    h('span', {class: 'mono'}, ms === null ? '\u2014 (no TLS)' : ms.toFixed(1) + ' ms')]));
}

function bar(fraction) {
  const el = h('span', {class: 'bar'});
  el.style.width = Math.max(0, Math.min(100, fraction * 100)).toFixed(1) + '%'; // CSSOM: allowed by the CSP
  el.style.display = 'block';
  return el;
}

/** "Name: Value" lines into fields; a line without a colon is a mistake worth saying. */
function parseHeaders(text) {
  const fields = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error('Header line ' + (i + 1) + ' needs the form Name: Value, not \u201c' + line.trim() + '\u201d.');
    fields.push({name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim()});
  }
  return fields;
}

function load() {
  try {
    const list = JSON.parse(localStorage.getItem(HISTORY_KEY) || '[]');
    return Array.isArray(list) ? list : [];
  } catch (e) {
    return [];
  }
}

/** The URL without user info and with secret-looking query values redacted. */
function redactUrl(text) {
  try {
    const u = new URL(text);
    u.username = '';
    u.password = '';
    for (const key of [...u.searchParams.keys()]) {
      if (SECRET.test(key)) u.searchParams.set(key, '[redacted]');
    }
    return u.toString();
  } catch (e) {
    return text;
  }
}

function shortUrl(text) {
  try {
    const u = new URL(text);
    return (u.origin === location.origin ? '' : u.host) + u.pathname + u.search;
  } catch (e) {
    return text;
  }
}

function pretty(text) {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch (e) {
    return text;
  }
}
