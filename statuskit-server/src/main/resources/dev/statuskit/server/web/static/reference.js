// The reference: instant search over the registry (the ranking of `statuskit search`), a filter by
// class, and a page per code with everything the registry holds about it.
import { h, api, announce, codeLink, errorBox, spinner, plural, fill } from './dom.js';
import { navigate } from './app.js';

const CLASSES = [
  ['', 'All'],
  ['1xx', '1xx Informational'],
  ['2xx', '2xx Success'],
  ['3xx', '3xx Redirection'],
  ['4xx', '4xx Client error'],
  ['5xx', '5xx Server error'],
];

export async function referencePage(main) {
  document.title = 'Status codes · statuskit';
  const params = new URLSearchParams(location.search);
  const state = {
    q: params.get('q') || '',
    cls: CLASSES.some(([v]) => v === params.get('class')) ? params.get('class') : '',
    unofficial: params.get('unofficial') !== 'false', // as `statuskit search`: every code it knows
    results: [],
    active: -1,
    turn: 0,
  };

  const input = h('input', {
    id: 'q', type: 'search', class: 'big', value: state.q, autocomplete: 'off', spellcheck: 'false',
    role: 'combobox', 'aria-controls': 'results', 'aria-expanded': 'false',
    'aria-autocomplete': 'list', 'aria-describedby': 'q-hint',
    placeholder: 'rate limit, not logged in, 50, teapot…',
  });
  const list = h('ul', {id: 'results', class: 'results', role: 'listbox', 'aria-label': 'Status codes'});
  const count = h('p', {class: 'muted', id: 'count'});

  const radios = CLASSES.map(([value, label]) => h('label', {},
    h('input', {type: 'radio', name: 'class', value, checked: value === state.cls,
      onchange: () => { state.cls = value; update(); }}), label));
  const unofficial = h('input', {type: 'checkbox', id: 'unofficial', checked: state.unofficial,
    onchange: () => { state.unofficial = unofficial.checked; update(); }});

  main.append(
    h('h1', {}, 'HTTP status codes'),
    h('p', {class: 'lead'}, 'What every status code means, which headers go with it, whether a body ',
      'is allowed, whether it is cacheable and whether a retry can help.'),
    h('div', {class: 'field', role: 'search'},
      h('label', {for: 'q'}, 'Search by number, name or situation'),
      input,
      h('p', {class: 'kbd-hint', id: 'q-hint'}, 'Results appear as you type. ',
        h('kbd', {}, '↓'), ' ', h('kbd', {}, '↑'), ' move through them, ', h('kbd', {}, 'Enter'),
        ' opens one, ', h('kbd', {}, 'Esc'), ' clears.')),
    h('fieldset', {},
      h('legend', {}, 'Class'),
      h('div', {class: 'chips'}, radios,
        h('label', {for: 'unofficial'}, unofficial, 'Include unofficial codes (nginx, Cloudflare, …)'))),
    count,
    list);

  input.addEventListener('input', () => { state.q = input.value; debounce(update); });
  input.addEventListener('keydown', e => {
    const n = state.results.length;
    if (e.key === 'ArrowDown' && n) {
      e.preventDefault();
      select(state.active < n - 1 ? state.active + 1 : 0);
    } else if (e.key === 'ArrowUp' && n) {
      e.preventDefault();
      select(state.active > 0 ? state.active - 1 : n - 1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const chosen = state.results[state.active >= 0 ? state.active : 0];
      if (chosen) navigate('/ui/codes/' + chosen.code);
    } else if (e.key === 'Escape') {
      if (input.value) { e.preventDefault(); input.value = ''; state.q = ''; update(); }
    }
  });

  function select(i) {
    state.active = i;
    for (const [j, li] of [...list.children].entries()) {
      li.setAttribute('aria-selected', String(j === i));
    }
    const li = list.children[i];
    if (li) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({block: 'nearest'});
    }
  }

  async function update() {
    const turn = ++state.turn;
    const query = new URLSearchParams();
    if (state.q.trim()) query.set('q', state.q.trim());
    if (state.cls) query.set('class', state.cls);
    if (!state.unofficial) query.set('unofficial', 'false');
    const qs = query.toString();
    // The address follows the search, so it can be bookmarked or shared.
    history.replaceState(null, '', location.pathname + (qs ? '?' + qs : ''));
    let codes;
    try {
      if (state.q.trim()) {
        codes = await api('search?limit=50&q=' + encodeURIComponent(state.q.trim()));
        codes = codes.filter(c => (!state.cls || c.class === state.cls)
          && (state.unofficial || c.registered || !c.origin));
      } else {
        codes = await api('codes?' + new URLSearchParams({class: state.cls, unofficial: state.unofficial}));
      }
    } catch (e) {
      if (turn === state.turn) list.replaceWith(errorBox(e.message));
      return;
    }
    if (turn !== state.turn) return; // a later keystroke already asked again
    state.results = codes;
    state.active = -1;
    input.removeAttribute('aria-activedescendant');
    input.setAttribute('aria-expanded', String(codes.length > 0));
    fill(list, ...codes.map((c, i) => option(c, i)));
    const what = state.q.trim()
      ? (codes.length ? plural(codes.length, 'match', 'matches') + ', best first' : 'No status code matches; try other words')
      : plural(codes.length, 'code', 'codes');
    count.textContent = what;
    list.dataset.query = state.q.trim(); // what the list now shows the results of
    list.dataset.class = state.cls;
    announce(what);
  }

  function option(c, i) {
    return h('li', {id: 'code-' + c.code, role: 'option', 'aria-selected': 'false',
      class: 'c' + c.class, 'data-code': c.code,
      onclick: () => navigate('/ui/codes/' + c.code),
      onmousemove: () => { if (state.active !== i) select(i); }},
      h('span', {class: 'code-num'}, c.code),
      h('span', {class: 'phrase'}, c.phrase, ' ',
        c.origin ? h('span', {class: 'tag'}, '(unofficial, ' + c.origin + ')')
          : c.standing !== 'standard' ? h('span', {class: 'tag'}, '(' + standingLabel(c.standing) + ')') : ''),
      h('span', {class: 'summary'}, c.summary));
  }

  await update();
  if (!document.activeElement || document.activeElement === document.body) input.focus();
}

let timer;
function debounce(fn) {
  clearTimeout(timer);
  timer = setTimeout(fn, 90);
}

const STRENGTH = {
  MUST: 'required (MUST)',
  SHOULD: 'recommended (SHOULD)',
  MAY: 'optional (MAY)',
  PRACTICE: 'common practice',
};

const RETRY = {
  'not-needed': 'Not needed: the request worked',
  never: 'No: the same request gets the same answer',
  'changed-request': 'Only with a changed request',
  'retry-after': 'Yes, after the Retry-After delay',
  backoff: 'Yes, with backoff (idempotent requests)',
};

export async function codePage(main, number) {
  document.title = number + ' · statuskit';
  main.append(spinner('Loading ' + number + '…'));
  let c;
  try {
    c = await api('codes/' + number);
  } catch (e) {
    fill(main, h('h1', {}, String(number)), errorBox(e.message));
    return;
  }
  document.title = c.code + ' ' + c.phrase + ' · statuskit';
  const cls = 'c' + c.class;
  const standing = c.origin ? 'unofficial: ' + c.origin : standingLabel(c.standing);
  const ref = c.reference;
  const mockUrl = location.origin + '/status/' + c.code;

  const headerRows = c.headers.map(x => h('tr', {},
    h('th', {scope: 'row', class: 'nowrap'}, h('code', {}, x.name)),
    h('td', {class: 'nowrap'}, STRENGTH[x.strength] || x.strength),
    h('td', {}, x.note),
    h('td', {class: 'nowrap'}, x.source)));

  fill(main, 
    h('p', {class: 'crumbs'}, h('a', {href: '/ui/codes?class=' + c.class}, 'Reference'), ' › ', c.class),
    h('div', {class: 'hero ' + cls},
      h('h1', {}, h('span', {class: 'code-num'}, c.code), ' ', c.phrase)),
    h('div', {class: 'badges ' + cls},
      h('span', {class: 'badge class'}, c.class + ' ' + classTitle(c.class)),
      h('span', {class: 'badge'}, standing)),
    h('p', {class: 'lead'}, c.summary),
    h('p', {}, c.description),
    h('dl', {class: 'facts'},
      h('dt', {}, 'Defined in'),
      h('dd', {}, h('a', {href: ref.url, rel: 'noreferrer'}, ref.document + (ref.section ? ' §' + ref.section : ''))),
      h('dt', {}, 'Body'),
      h('dd', {}, c.bodyAllowed ? 'allowed' : 'not allowed: the response ends after the header section'),
      h('dt', {}, 'Cacheable by default'),
      h('dd', {}, c.cacheableByDefault ? 'yes (RFC 9110 §15.1), unless Cache-Control says otherwise'
        : 'no: only with explicit freshness (Cache-Control, Expires)'),
      h('dt', {}, 'Retry'),
      h('dd', {}, h('strong', {}, RETRY[c.retry.advice] || c.retry.advice),
        c.retry.note ? h('span', {class: 'muted'}, ' — ' + c.retry.note) : null)),
    h('h2', {id: 'headers'}, 'Header fields'),
    c.headers.length
      ? h('div', {class: 'table-wrap'}, h('table', {'aria-labelledby': 'headers'},
          h('thead', {}, h('tr', {},
            h('th', {scope: 'col'}, 'Field'), h('th', {scope: 'col'}, 'Strength'),
            h('th', {scope: 'col'}, 'What it carries'), h('th', {scope: 'col'}, 'Source'))),
          h('tbody', {}, headerRows)))
      : h('p', {class: 'muted'}, 'No header field goes with this code in particular.'),
    h('div', {class: 'cards'},
      list('Typical uses', c.uses),
      list('Common mistakes', c.mistakes),
      c.related.length ? h('section', {class: 'card'}, h('h2', {}, 'Related codes'),
        h('ul', {}, c.related.map(r => h('li', {}, codeLink(r.code, r.phrase))))) : null,
      c.aka.length || c.synonyms.length ? h('section', {class: 'card'}, h('h2', {}, 'Also found as'),
        c.aka.length ? h('p', {}, 'Other names: ', c.aka.join(', ')) : null,
        c.synonyms.length ? h('p', {class: 'muted'}, 'Search words: ', c.synonyms.join(', ')) : null) : null),
    h('h2', {}, 'Try it'),
    h('div', {class: 'actions'},
      h('a', {class: 'button', href: '/ui/tester?url=' + encodeURIComponent(mockUrl)}, 'Send it with the tester'),
      h('a', {class: 'button secondary', href: '/status/' + c.code, target: '_blank', rel: 'noopener'},
        'Open the mock server\u2019s ' + c.code)),
    h('p', {class: 'muted'}, 'The mock server on this port answers ', h('code', {}, '/status/' + c.code),
      ' with the headers above; the CLI shows the same: ', h('code', {}, 'statuskit explain ' + c.code), '.'));
}

function list(title, items) {
  if (!items || !items.length) return null;
  return h('section', {class: 'card'}, h('h2', {}, title), h('ul', {}, items.map(i => h('li', {}, i))));
}

/** The registry's standing as people say it. */
function standingLabel(standing) {
  return {
    standard: 'registered', provisional: 'provisional registration', deprecated: 'registered, deprecated',
    obsolete: 'registered, obsolete', unused: 'reserved, unused',
  }[standing] || standing;
}

function classTitle(cls) {
  return {
    '1xx': 'Informational', '2xx': 'Successful', '3xx': 'Redirection',
    '4xx': 'Client Error', '5xx': 'Server Error',
  }[cls] || '';
}

