// The rule catalogue: every rule with its severity, family and what it judges, and a page per rule
// with the rationale, the fix, examples of what it flags and passes, and the spec it comes from.
import { h, api, announce, errorBox, spinner, plural, fill } from './dom.js';

const APPLIES = {
  exchanges: 'any exchange (live, HAR, tester)',
  probes: 'the requests of a live audit',
  openapi: 'an OpenAPI document',
};

const SHORT = {exchanges: 'responses', probes: 'live probes', openapi: 'OpenAPI'};

let catalogue;

async function rules() {
  if (!catalogue) catalogue = await api('rules');
  return catalogue;
}

export async function rulesPage(main) {
  document.title = 'Rules · statuskit';
  main.append(spinner('Loading the rules…'));
  let all;
  try {
    all = await rules();
  } catch (e) {
    fill(main, h('h1', {}, 'Rules'), errorBox(e.message));
    return;
  }
  const families = [...new Set(all.map(r => r.category))];
  const filter = h('input', {id: 'rule-filter', type: 'search', autocomplete: 'off',
    placeholder: 'Location, 401, problem details…'});
  const family = h('select', {id: 'rule-family'},
    h('option', {value: ''}, 'All families'), families.map(f => h('option', {value: f}, f)));
  const body = h('tbody');
  const count = h('p', {class: 'muted'});

  function update() {
    const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    const shown = all.filter(r => (!family.value || r.category === family.value)
      && words.every(w => (r.id + ' ' + r.title + ' ' + r.rationale).toLowerCase().includes(w)));
    fill(body, ...shown.map(row));
    count.textContent = plural(shown.length, 'rule', 'rules');
    announce(count.textContent);
  }
  filter.addEventListener('input', update);
  family.addEventListener('change', update);

  fill(main, 
    h('h1', {}, 'Rules'),
    h('p', {class: 'lead'}, 'What ', h('code', {}, 'statuskit check'), ' and the tester look for. ',
      'Each rule has a stable id; a ', h('code', {}, '.statuskit.yml'), ' can turn it off or change its severity.'),
    h('div', {class: 'row'},
      h('div', {class: 'field grow'}, h('label', {for: 'rule-filter'}, 'Filter rules'), filter),
      h('div', {class: 'field'}, h('label', {for: 'rule-family'}, 'Family'), family)),
    count,
    h('div', {class: 'table-wrap'}, h('table', {},
      h('caption', {class: 'visually-hidden'}, 'The rule catalogue'),
      h('thead', {}, h('tr', {},
        h('th', {scope: 'col'}, 'Rule'), h('th', {scope: 'col'}, 'Severity'),
        h('th', {scope: 'col'}, 'Family'), h('th', {scope: 'col'}, 'Judges'), h('th', {scope: 'col'}, 'Title'))),
      body)));
  update();
}

function row(r) {
  return h('tr', {},
    h('th', {scope: 'row', class: 'nowrap'}, h('a', {href: '/ui/rules/' + r.id}, r.id)),
    h('td', {}, h('span', {class: 'badge sev-' + r.severity}, r.severity)),
    h('td', {class: 'nowrap'}, r.category),
    h('td', {class: 'nowrap'}, SHORT[r.appliesTo] || r.appliesTo),
    h('td', {}, r.title));
}

export async function rulePage(main, id) {
  document.title = id + ' · statuskit';
  main.append(spinner('Loading ' + id + '…'));
  let r;
  try {
    r = await api('rules/' + encodeURIComponent(id));
  } catch (e) {
    fill(main, h('h1', {}, id), errorBox(e.message), h('p', {}, h('a', {href: '/ui/rules'}, 'All rules')));
    return;
  }
  document.title = r.id + ' ' + r.title + ' · statuskit';
  fill(main, 
    h('p', {class: 'crumbs'}, h('a', {href: '/ui/rules'}, 'Rules'), ' › ', r.id),
    h('h1', {}, r.id + '  ', r.title),
    h('div', {class: 'badges'},
      h('span', {class: 'badge sev-' + r.severity}, r.severity),
      h('span', {class: 'badge'}, r.category + ' rule'),
      h('span', {class: 'badge'}, 'judges ' + (APPLIES[r.appliesTo] || r.appliesTo))),
    h('h2', {}, 'Why it matters'),
    h('p', {class: 'lead'}, r.rationale),
    h('h2', {}, 'How to fix it'),
    h('p', {}, r.fix),
    h('dl', {class: 'facts'},
      h('dt', {}, 'Source'), h('dd', {}, h('a', {href: r.link, rel: 'noreferrer'}, r.link)),
      r.needs.length ? [h('dt', {}, 'Needs'), h('dd', {}, r.needs.join(', '),
        h('span', {class: 'muted'}, ' (skipped, not failed, where the source lacks them)'))] : null),
    r.examples && r.examples.length ? [h('h2', {}, 'Examples'), r.examples.map(example)] : null,
    h('h2', {}, 'Configure'),
    h('pre', {}, h('code', {}, '# .statuskit.yml\nrules:\n  ' + r.id + ': off        # or error, warning, info')),
    h('p', {class: 'muted'}, 'The command line shows the same: ', h('code', {}, 'statuskit explain ' + r.id), '.'));
}

// One worked example: a heading that says, in words and not only in colour, whether the rule flags
// it, and the exchange, spec or probe as written. Tests check each against the rule itself.
function example(e) {
  const verdict = e.flagged ? 'Flagged:' : 'Passes:';
  return h('section', {class: 'example ' + (e.flagged ? 'flagged' : 'passes')},
    h('h3', {}, h('span', {class: 'verdict'}, verdict), ' ', e.caption),
    h('pre', {}, h('code', {}, e.text)));
}
