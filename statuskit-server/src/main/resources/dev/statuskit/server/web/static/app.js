// The app shell: one page that shows whichever page the address names, so every deep link
// (/ui/codes/429, /ui/rules/SK101) works on reload and in a new tab.
import { referencePage, codePage } from './reference.js';
import { rulesPage, rulePage } from './rules.js';
import { testerPage } from './tester.js';
import { statsPage } from './stats.js';
import { h, fill } from './dom.js';

const ROUTES = [
  [/^\/ui\/?$/, 'reference', () => referencePage],
  [/^\/ui\/codes\/?$/, 'reference', () => referencePage],
  [/^\/ui\/codes\/(\d{3})$/, 'reference', m => main => codePage(main, Number(m[1]))],
  [/^\/ui\/rules\/?$/, 'rules', () => rulesPage],
  [/^\/ui\/rules\/([A-Za-z]{2}\d{3})$/, 'rules', m => main => rulePage(main, m[1].toUpperCase())],
  [/^\/ui\/tester\/?$/, 'tester', () => testerPage],
  [/^\/ui\/stats\/?$/, 'stats', () => statsPage],
];

let rendering = 0;

async function render(moveFocus) {
  const turn = ++rendering;
  const main = document.getElementById('main');
  const path = location.pathname;
  let page = notFound;
  let section = null;
  for (const [pattern, name, make] of ROUTES) {
    const m = path.match(pattern);
    if (m) {
      page = make(m);
      section = name;
      break;
    }
  }
  for (const a of document.querySelectorAll('.top nav a')) {
    if (a.dataset.section === section) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  fill(main);
  await page(main);
  if (moveFocus && turn === rendering) {
    // After a navigation, start reading at the new page's heading, as a page load would.
    const heading = main.querySelector('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({preventScroll: true});
    }
    window.scrollTo(0, 0);
  }
}

function notFound(main) {
  document.title = 'Not found · statuskit';
  main.append(
    h('h1', {}, 'No such page'),
    h('p', {}, 'The UI has no page at ', h('code', {}, location.pathname), '. Try the ',
      h('a', {href: '/ui/'}, 'reference'), ', the ', h('a', {href: '/ui/tester'}, 'tester'),
      ', the ', h('a', {href: '/ui/rules'}, 'rules'), ' or ', h('a', {href: '/ui/stats'}, 'stats'), '.'));
}

/** Goes to another page of the app without reloading. */
export function navigate(url, replace = false) {
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  render(!replace);
}

function isAppLink(url) {
  return url.origin === location.origin
    && (url.pathname === '/ui/' || url.pathname.startsWith('/ui/'))
    && !url.pathname.startsWith('/ui/api/')
    && !url.pathname.startsWith('/ui/static/');
}

document.addEventListener('click', e => {
  const a = e.target.closest('a[href]');
  if (!a || a.target || a.hasAttribute('download') || e.defaultPrevented) return;
  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const url = new URL(a.href);
  if (!isAppLink(url)) return;
  e.preventDefault();
  if (url.pathname + url.search === location.pathname + location.search) return;
  navigate(url.pathname + url.search + url.hash);
});

window.addEventListener('popstate', () => render(true));
render(false);
