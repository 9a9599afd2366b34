// Small helpers shared by the pages. Text always goes in as text nodes, never as HTML, so nothing
// a response or a log contains can run as markup.

/** An element: h('a', {href: '/ui/', class: 'x', onclick: fn}, 'text', child...). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      el.className = value;
    } else if (value === true) {
      el.setAttribute(name, '');
    } else {
      el.setAttribute(name, String(value));
    }
  }
  append(el, children);
  return el;
}

/** Replaces an element's children; skips empty ones and flattens lists, as h() does. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** An error the API answered with problem details; `detail` is one line for the user. */
export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

/** Calls the UI's API; resolves with the parsed JSON, rejects with an ApiError. */
export async function api(path, init = {}) {
  let response;
  try {
    response = await fetch('/ui/api/' + path, init);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'The statuskit server does not answer; is it still running?');
  }
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) {
    const detail = body && body.detail ? body.detail : response.status + ' ' + response.statusText;
    throw new ApiError(response.status, detail);
  }
  return body;
}

/** Says something to screen readers without moving focus. */
export function announce(text) {
  const live = document.getElementById('live');
  live.textContent = '';
  // A fresh node after a tick, so the same message twice is read twice.
  setTimeout(() => { live.textContent = text; }, 50);
}

/** "4xx" for 404. */
export function classOf(code) {
  return Math.floor(Number(code) / 100) + 'xx';
}

export function errorBox(message) {
  return h('div', {class: 'error-box', role: 'alert'}, h('strong', {}, 'Problem: '), message);
}

export function spinner(label) {
  return h('p', {class: 'muted'}, h('span', {class: 'spinner', 'aria-hidden': 'true'}), ' ', label);
}

/** A link to a code's page, coloured by class. */
export function codeLink(code, phrase) {
  return h('a', {href: '/ui/codes/' + code, class: 'c' + classOf(code)},
    h('span', {class: 'code-num'}, code), phrase ? ' ' + phrase : '');
}

export function plural(n, one, many) {
  return n + ' ' + (n === 1 ? one : many);
}
