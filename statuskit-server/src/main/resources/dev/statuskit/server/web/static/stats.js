// Log analytics: a dropped access log goes through the engine of `statuskit stats`; the page shows
// the headline numbers, the lines it could not read, and the HTML report with its charts.
import { h, api, ApiError, announce, errorBox, spinner, plural, fill } from './dom.js';

let info;

export async function statsPage(main) {
  document.title = 'Stats · statuskit';
  try {
    info = info || await api('info');
  } catch (e) {
    info = {maxUploadBytes: 1024 * 1024};
  }
  const result = h('section', {'aria-label': 'Report', id: 'stats-result'});
  const file = h('input', {type: 'file', id: 'log', 'aria-describedby': 'log-hint',
    onchange: () => file.files[0] && upload(file.files[0])});
  const drop = h('div', {class: 'drop', id: 'drop'},
    h('p', {}, h('strong', {}, 'Drop an access log here'), ', or choose one:'),
    h('p', {}, h('label', {for: 'log', class: 'visually-hidden'}, 'Access log file'), file),
    h('p', {class: 'hint', id: 'log-hint'}, 'nginx or Apache (combined, common), JSON lines, HAR; plain or .gz. The page gzips it and sends up to ',
      size(info.maxUploadBytes), ' to this machine\u2019s statuskit, nowhere else.'));
  const sample = h('button', {type: 'button', class: 'secondary', id: 'sample',
    onclick: () => run(() => api('stats/sample', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: '{}'}), 'the sample log')},
    'Try the sample log');

  for (const name of ['dragenter', 'dragover']) {
    drop.addEventListener(name, e => { e.preventDefault(); drop.classList.add('over'); });
  }
  for (const name of ['dragleave', 'drop']) {
    drop.addEventListener(name, () => drop.classList.remove('over'));
  }
  drop.addEventListener('drop', e => {
    e.preventDefault();
    const f = e.dataTransfer.files[0];
    if (f) upload(f);
  });

  main.append(
    h('h1', {}, 'Log analytics'),
    h('p', {class: 'lead'}, 'Success rate, errors by class and code, latency by status, endpoints, 429 ',
      'patterns and a timeline: the report of ', h('code', {}, 'statuskit stats'), '.'),
    drop,
    h('div', {class: 'actions'}, sample),
    result);

  async function upload(f) {
    let body = f;
    try {
      // Logs shrink ten-fold and more: gzip them here (the engine recognises gzip by content),
      // so the server's body limit holds a much longer log.
      if (!(await isGzip(f)) && 'CompressionStream' in window) {
        fill(result, spinner('Compressing ' + f.name + '…'));
        body = await new Response(f.stream().pipeThrough(new CompressionStream('gzip'))).blob();
      }
    } catch (e) {
      body = f;
    }
    if (body.size > info.maxUploadBytes) {
      fill(result, errorBox(f.name + ' is ' + size(body.size) + (body === f ? '' : ' even compressed')
        + '; this page reads up to ' + size(info.maxUploadBytes) + '. Run statuskit stats '
        + f.name + ' for large logs.'));
      return;
    }
    run(() => api('stats?name=' + encodeURIComponent(f.name), {
      method: 'POST', headers: {'Content-Type': 'application/octet-stream'}, body,
    }), f.name);
  }

  async function run(call, what) {
    sample.disabled = true;
    fill(result, spinner('Reading ' + what + '…'));
    try {
      show(await call());
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      fill(result, errorBox(e.message));
      announce('Problem: ' + e.message);
    } finally {
      sample.disabled = false;
    }
  }

  function show(answer) {
    const r = answer.report;
    const share = cls => {
      const c = r.classes.find(x => x.class === cls);
      return c ? pct(c.share) : '0%';
    };
    const p99 = r.latency && r.latency.p99 !== undefined ? ms(r.latency.p99) : '—';
    const bad = r.badLines || [];
    fill(result, 
      h('h2', {id: 'report-title'}, 'Report for ', answer.name),
      h('div', {class: 'summary-cards'},
        card('Requests', r.requests.toLocaleString('en')),
        card('Success', pct(r.successRate)),
        card('4xx', share('4xx')),
        card('5xx', share('5xx')),
        card('p99 latency', p99),
        card('Bad lines', r.badLineCount.toLocaleString('en'))),
      r.badLineCount ? h('details', {},
        h('summary', {}, plural(r.badLineCount, 'line was', 'lines were'), ' not requests (counted, not dropped)'),
        h('ul', {}, bad.map(b => h('li', {}, b.reason + ': ' + b.count.toLocaleString('en'),
          (b.samples || []).length ? h('pre', {}, (b.samples || []).join('\n')) : null)))) : null,
      h('p', {}, h('a', {href: answer.html, target: '_blank', rel: 'noopener'}, 'Open the report in a new tab'),
        h('span', {class: 'muted'}, ' (one self-contained HTML file, as ', h('code', {}, 'statuskit stats --format html'), ' writes)')),
      h('iframe', {class: 'report-frame', src: answer.html, title: 'Stats report for ' + answer.name,
        sandbox: 'allow-scripts'}));
    announce('Report ready: ' + r.requests + ' requests, ' + pct(r.successRate) + ' success');
  }
}

async function isGzip(file) {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  return head.length === 2 && head[0] === 0x1f && head[1] === 0x8b;
}

function card(label, value) {
  return h('div', {class: 'card'}, h('span', {class: 'value'}, value), h('span', {class: 'label'}, label));
}

function pct(f) {
  return (f * 100).toFixed(f >= 0.999 || f === 0 ? 1 : 2).replace(/\.0+$/, '') + '%';
}

function ms(v) {
  return v >= 1000 ? (v / 1000).toFixed(2) + ' s' : Math.round(v) + ' ms';
}

function size(bytes) {
  return bytes >= 1024 * 1024 ? (bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) ? 1 : 0) + ' MiB'
    : Math.round(bytes / 1024) + ' KiB';
}
