// Form fields bound to a place in a document's JSON. A path is an array of keys and indexes
// (['sections', 0, 'articles', 2, 'title']); its string form is the JSON path the checker uses
// ($.sections[0].articles[2].title), kept on the element as data-path so that a problem can be
// shown at, and lead to, its field.

import {h, autosize} from './dom.js';

/** The order keys are written in when a field is added (existing keys never move). */
export const ORDER = {
  issue: ['$schema', 'profile', 'year', 'number', 'total', 'date', 'lang', 'sections', 'override'],
  section: ['name', 'lang', 'articles'],
  article: ['title', 'source', 'author', 'byline', 'lang', 'body', 'markdown', 'markdownFile'],
  profile: ['$schema', 'name', 'masthead', 'issueLine', 'editor', 'dateFormat', 'sections', 'contents', 'distribution',
    'copies', 'colophon', 'numbering', 'colors', 'fonts', 'page', 'styles', 'punctuation', 'prohibition', 'lang', 'pdfa'],
  masthead: ['lines', 'font', 'color', 'rule'],
  mastheadLine: ['text', 'size', 'tracking'],
  contents: ['title', 'enabled'],
  colophon: ['address', 'postcode', 'phone', 'email', 'website', 'lines'],
  numbering: ['year', 'number', 'total', 'perYear'],
  block: ['type', 'level', 'marker', 'label', 'signer', 'text', 'items', 'date', 'numbered', 'indent', 'src', 'caption',
    'width', 'columns', 'header', 'rows'],
};

export function pathString(path) {
  let s = '$';
  for (const k of path) s += typeof k === 'number' ? '[' + k + ']' : '.' + k;
  return s;
}

export function get(obj, path) {
  let o = obj;
  for (const k of path) {
    if (o === null || o === undefined) return undefined;
    o = o[k];
  }
  return o;
}

/**
 * Sets obj[key] = value keeping the existing key order; a new key goes where `order` puts it
 * among the keys already there. `undefined` removes the key.
 */
export function put(obj, key, value, order) {
  if (value === undefined) {
    delete obj[key];
    return;
  }
  if (Object.prototype.hasOwnProperty.call(obj, key) || !order) {
    obj[key] = value;
    return;
  }
  const rank = k => {
    const i = order.indexOf(k);
    return i < 0 ? order.length : i;
  };
  const entries = Object.entries(obj);
  let at = entries.findIndex(([k]) => rank(k) > rank(key));
  if (at < 0) at = entries.length;
  entries.splice(at, 0, [key, value]);
  for (const [k] of entries) delete obj[k];
  for (const [k, v] of entries) obj[k] = v;
}

/** The object at `path`, made (empty) when missing. */
export function ensure(obj, path, orders = []) {
  let o = obj;
  path.forEach((k, i) => {
    if (o[k] === undefined || o[k] === null || typeof o[k] !== 'object') put(o, k, {}, orders[i]);
    o = o[k];
  });
  return o;
}

/**
 * A bound input. Options: multiline (textarea that grows), optional (empty removes the key),
 * number (an integer), decimal (a number), order (key order of the parent), parentOrders (where
 * missing parents are made), list (one item per line ↔ array),
 * placeholder, cls, normalise (punctuation put right on leaving the field; default true for text).
 */
export function bound(doc, path, opts = {}) {
  const {multiline = false, optional = false, decimal = false, order, list = false, placeholder, cls, type,
    parentOrders = []} = opts;
  const number = opts.number || decimal;
  const normalise = opts.normalise ?? (!number && type !== 'date');
  const key = path[path.length - 1];
  const parentPath = path.slice(0, -1);
  const el = multiline || list
    ? autosize(h('textarea', {rows: 1, placeholder, class: cls}))
    : h('input', {type: number ? 'number' : (type || 'text'), placeholder, class: cls});
  if (number) el.step = decimal ? '0.05' : '1';
  el.dataset.path = pathString(path);
  const read = () => {
    const v = get(doc.data, path);
    if (list) return Array.isArray(v) ? v.join('\n') : '';
    return v === undefined || v === null ? '' : String(v);
  };
  el.value = read();
  el.refresh = () => {
    if (document.activeElement !== el && el.value !== read()) {
      el.value = read();
      if (el.fit) el.fit();
    }
  };
  el.addEventListener('input', () => {
    let v = el.value;
    if (number) v = v.trim() === '' ? (optional ? undefined : null) : Number(v);
    else if (list) v = v.split('\n').map(x => x.trim()).filter(x => x.length > 0);
    if (!number && !list && optional && v.trim() === '') v = undefined;
    if (list && optional && v.length === 0) v = undefined;
    if (v === null || Number.isNaN(v)) return;   // a number being retyped: keep the old value until it is one
    let parent = get(doc.data, parentPath);
    if (!parent || typeof parent !== 'object') {
      if (v === undefined) return;
      parent = ensure(doc.data, parentPath, parentOrders);
    }
    put(parent, key, v, order);
    doc.changed();
  });
  if (normalise) el.addEventListener('change', () => doc.changed({normalise: true}));
  return el;
}

/** Brings every bound field under `root` up to date with the document (not the one being typed in). */
export function refreshAll(root) {
  for (const el of root.querySelectorAll('[data-path]')) {
    if (typeof el.refresh === 'function') el.refresh();
  }
}
