// Building the page safely: every text goes in through textContent, never as HTML; handlers are
// attached with addEventListener (the Content-Security-Policy forbids inline ones).

const PROPERTIES = new Set(['value', 'checked', 'disabled', 'hidden', 'selected', 'multiple', 'open', 'draggable']);

/** h('button', {class: 'primary', text: '保存', onclick: f}, child, …) → an element. */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = String(v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (PROPERTIES.has(k)) el[k] = v;
    else if (k === 'innerHTML' || k === 'style') throw new Error('h(): ' + k + ' is not allowed');
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Replaces an element's children. */
export function fill(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** A labelled field: <label class="field"><span>label</span>control<small>help</small></label>. */
export function field(label, control, help) {
  return h('label', {class: 'field'}, h('span', {text: label}), control, help ? h('small', {class: 'help', text: help}) : null);
}

/** Grows a textarea with its content. */
export function autosize(ta) {
  const fit = () => {
    ta.style.height = 'auto';
    ta.style.height = (ta.scrollHeight + 2) + 'px';
  };
  ta.addEventListener('input', fit);
  ta.fit = fit;
  requestAnimationFrame(fit);
  return ta;
}

/** A short message in the corner; `lines` are shown as a list under it. */
export function toast(message, {error = false, lines = [], ms = 5000} = {}) {
  const box = document.getElementById('toasts');
  const t = h('div', {class: 'toast' + (error ? ' error' : ''), role: error ? 'alert' : 'status'},
    h('div', {text: message}),
    lines.length ? h('ul', null, lines.slice(0, 8).map(l => h('li', {text: l}))) : null);
  box.append(t);
  setTimeout(() => t.remove(), ms + lines.length * 800);
}

/** Moves item i of an array by d places (±1); returns the new index. */
export function move(array, i, d) {
  const j = i + d;
  if (j < 0 || j >= array.length) return i;
  const [x] = array.splice(i, 1);
  array.splice(j, 0, x);
  return j;
}

/** Chinese numerals for small counts (第一、第二 …), used in labels. */
export function cn(n) {
  const d = '〇一二三四五六七八九';
  if (n < 10) return d[n];
  if (n < 20) return '十' + (n % 10 ? d[n % 10] : '');
  if (n < 100) return d[Math.floor(n / 10)] + '十' + (n % 10 ? d[n % 10] : '');
  return String(n);
}
