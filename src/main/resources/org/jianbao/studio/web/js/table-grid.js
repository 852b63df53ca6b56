// A table block edited as a grid: cells typed in place, pasted from Excel or WPS (tab-separated),
// merged and split, rows and columns added and removed, header rows counted. The grid keeps each
// cell as an "owner" with its place and spans; the descriptor's rows (covered cells left out,
// spans as colspan/rowspan) are written back after every change.

import {h, fill, toast} from './dom.js';
import {parseTsv, looksLikeCells} from './tsv.js';
import {pathString} from './fields.js';

/** The grid of a table block. */
export function toGrid(block) {
  const header = Array.isArray(block.header) ? block.header : [];
  const body = Array.isArray(block.rows) ? block.rows : [];
  const all = header.concat(body);
  const owners = [];
  const taken = [];
  all.forEach((row, r) => {
    taken[r] = taken[r] || [];
    let c = 0;
    for (const cell of Array.isArray(row) ? row : []) {
      while (taken[r][c]) c++;
      const o = typeof cell === 'object' && cell !== null
        ? {r, c, rs: cell.rowspan || 1, cs: cell.colspan || 1, text: cell.text ?? '', align: cell.align}
        : {r, c, rs: 1, cs: 1, text: String(cell ?? '')};
      o.rs = Math.max(1, Math.min(o.rs, all.length - r));
      for (let dr = 0; dr < o.rs; dr++) {
        taken[r + dr] = taken[r + dr] || [];
        for (let dc = 0; dc < o.cs; dc++) taken[r + dr][c + dc] = true;
      }
      owners.push(o);
      c += o.cs;
    }
  });
  const cols = Math.max(Array.isArray(block.columns) ? block.columns.length : 0,
    ...taken.map(t => t.length), 1);
  const g = {rows: Math.max(all.length, 1), cols, head: header.length, owners};
  fillHoles(g);
  return g;
}

/** Writes the grid back into the block (columns kept where they exist, one per column). */
export function fromGrid(g, block) {
  const columns = Array.isArray(block.columns) ? block.columns.slice(0, g.cols) : [];
  while (columns.length < g.cols) columns.push({});
  const rows = [];
  for (let r = 0; r < g.rows; r++) {
    rows.push(g.owners.filter(o => o.r === r).sort((a, b) => a.c - b.c).map(o =>
      o.rs === 1 && o.cs === 1 && !o.align ? o.text : Object.assign({text: o.text},
        o.cs > 1 ? {colspan: o.cs} : {}, o.rs > 1 ? {rowspan: o.rs} : {}, o.align ? {align: o.align} : {})));
  }
  block.columns = columns;
  if (g.head > 0 || block.header !== undefined) block.header = rows.slice(0, g.head);
  if (g.head === 0) delete block.header;
  block.rows = rows.slice(g.head);
  // keep the descriptor's key order: type, caption, columns, header, rows
  for (const k of ['columns', 'header', 'rows']) {
    if (block[k] !== undefined) {
      const v = block[k];
      delete block[k];
      block[k] = v;
    }
  }
}

function ownerAt(g, r, c) {
  return g.owners.find(o => r >= o.r && r < o.r + o.rs && c >= o.c && c < o.c + o.cs);
}

function fillHoles(g) {
  for (let r = 0; r < g.rows; r++) {
    for (let c = 0; c < g.cols; c++) {
      if (!ownerAt(g, r, c)) g.owners.push({r, c, rs: 1, cs: 1, text: ''});
    }
  }
  g.owners = g.owners.filter(o => o.r < g.rows && o.c < g.cols);
  for (const o of g.owners) {
    o.rs = Math.min(o.rs, g.rows - o.r);
    o.cs = Math.min(o.cs, g.cols - o.c);
  }
}

/** The rectangle covering a selection, grown until no span crosses its edge. */
function rectangle(g, sel) {
  let r0 = Math.min(sel.r0, sel.r1), r1 = Math.max(sel.r0, sel.r1);
  let c0 = Math.min(sel.c0, sel.c1), c1 = Math.max(sel.c0, sel.c1);
  for (let grown = true; grown;) {
    grown = false;
    for (const o of g.owners) {
      const inside = o.r <= r1 && o.r + o.rs - 1 >= r0 && o.c <= c1 && o.c + o.cs - 1 >= c0;
      if (!inside) continue;
      if (o.r < r0) { r0 = o.r; grown = true; }
      if (o.c < c0) { c0 = o.c; grown = true; }
      if (o.r + o.rs - 1 > r1) { r1 = o.r + o.rs - 1; grown = true; }
      if (o.c + o.cs - 1 > c1) { c1 = o.c + o.cs - 1; grown = true; }
    }
  }
  return {r0, c0, r1, c1};
}

export function merge(g, sel) {
  const {r0, c0, r1, c1} = rectangle(g, sel);
  const inside = g.owners.filter(o => o.r >= r0 && o.r <= r1 && o.c >= c0 && o.c <= c1);
  const text = inside.sort((a, b) => a.r - b.r || a.c - b.c).map(o => o.text).filter(t => t.trim()).join(' ');
  g.owners = g.owners.filter(o => !inside.includes(o));
  g.owners.push({r: r0, c: c0, rs: r1 - r0 + 1, cs: c1 - c0 + 1, text, align: inside[0] && inside[0].align});
}

export function split(g, sel) {
  const {r0, c0, r1, c1} = rectangle(g, sel);
  for (const o of g.owners) {
    if (o.r >= r0 && o.r <= r1 && o.c >= c0 && o.c <= c1) {
      o.rs = 1;
      o.cs = 1;
    }
  }
  fillHoles(g);
}

export function insertRow(g, at) {
  for (const o of g.owners) {
    if (o.r >= at) o.r++;
    else if (o.r + o.rs > at) o.rs++;
  }
  if (at <= g.head && at > 0) g.head++;
  g.rows++;
  fillHoles(g);
}

export function deleteRow(g, row) {
  if (g.rows <= 1) return;
  g.owners = g.owners.filter(o => !(o.r === row && o.rs === 1));
  for (const o of g.owners) {
    if (o.r > row) o.r--;
    else if (o.r + o.rs > row) o.rs--;
  }
  if (row < g.head) g.head--;
  g.rows--;
  fillHoles(g);
}

export function insertColumn(g, at) {
  for (const o of g.owners) {
    if (o.c >= at) o.c++;
    else if (o.c + o.cs > at) o.cs++;
  }
  g.cols++;
  fillHoles(g);
}

export function deleteColumn(g, col) {
  if (g.cols <= 1) return;
  g.owners = g.owners.filter(o => !(o.c === col && o.cs === 1));
  for (const o of g.owners) {
    if (o.c > col) o.c--;
    else if (o.c + o.cs > col) o.cs--;
  }
  g.cols--;
  fillHoles(g);
}

/** Pasted cells: into an empty grid they become the table; otherwise they fill from (r, c) on. */
export function paste(g, cells, r, c) {
  const empty = g.owners.every(o => !o.text.trim());
  if (empty) {
    g.rows = cells.length;
    g.cols = Math.max(1, ...cells.map(x => x.length));
    g.owners = [];
    g.head = g.head > 0 || cells.length > 1 ? Math.min(Math.max(g.head, 1), cells.length) : 0;
    r = 0;
    c = 0;
  }
  while (g.rows < r + cells.length) insertRow(g, g.rows);
  while (g.cols < c + Math.max(...cells.map(x => x.length))) insertColumn(g, g.cols);
  fillHoles(g);
  cells.forEach((row, i) => row.forEach((text, j) => {
    const o = ownerAt(g, r + i, c + j);
    if (o && o.r === r + i && o.c === c + j) o.text = text;
  }));
}

/**
 * The editor of the table block at `path` of `doc`; `changed()` after every edit.
 */
export function tableEditor(doc, path, block, changed) {
  const g = toGrid(block);
  let sel = {r0: 0, c0: 0, r1: 0, c1: 0};
  const base = pathString(path);
  const wrap = h('div', {class: 'grid-wrap'});
  const headInput = h('input', {type: 'number', min: 0, value: String(g.head), 'aria-label': '表头行数'});
  const write = () => {
    fromGrid(g, block);
    changed();
  };
  const structural = () => {
    write();
    draw();
  };
  headInput.addEventListener('input', () => {
    const n = Number(headInput.value);
    if (Number.isInteger(n) && n >= 0 && n <= g.rows) {
      g.head = n;
      structural();
    }
  });
  const onPaste = (e, r, c) => {
    const text = e.clipboardData && e.clipboardData.getData('text/plain');
    if (!text || !(looksLikeCells(text) || /\n./.test(text.trim()))) return;
    e.preventDefault();
    const cells = parseTsv(text);
    if (!cells.length) return;
    paste(g, cells, r, c);
    headInput.value = String(g.head);
    structural();
    toast('已粘贴 ' + cells.length + ' 行 × ' + Math.max(...cells.map(x => x.length)) + ' 列');
  };
  const tool = (text, label, action) => h('button', {type: 'button', text, 'aria-label': label || text, onclick: () => {
    action();
    headInput.value = String(g.head);
    structural();
  }});
  const isSelected = (o, rect) => o.r <= rect.r1 && o.r + o.rs - 1 >= rect.r0 && o.c <= rect.c1 && o.c + o.cs - 1 >= rect.c0
    && (rect.r0 !== rect.r1 || rect.c0 !== rect.c1 || o.rs > 1 || o.cs > 1);
  const mark = () => {
    const rect = rectangle(g, sel);
    for (const td of wrap.querySelectorAll('td')) td.classList.toggle('selected', isSelected(td.owner, rect));
  };
  const draw = () => {
    const table = h('table', {class: 'grid'});
    for (let r = 0; r < g.rows; r++) {
      const tr = h('tr');
      let k = 0;
      for (let c = 0; c < g.cols; c++) {
        const o = ownerAt(g, r, c);
        if (!o || o.r !== r || o.c !== c) continue;
        const cellPath = r < g.head ? base + '.header[' + r + '][' + k + ']' : base + '.rows[' + (r - g.head) + '][' + k + ']';
        k++;
        const ta = h('textarea', {rows: 1, 'aria-label': '第 ' + (r + 1) + ' 行第 ' + (c + 1) + ' 列', value: o.text});
        ta.dataset.path = cellPath;
        ta.addEventListener('input', () => { o.text = ta.value; write(); });
        ta.addEventListener('change', () => doc.changed({normalise: true}));
        ta.addEventListener('paste', e => onPaste(e, r, c));
        const td = h('td', {rowspan: o.rs > 1 ? o.rs : null, colspan: o.cs > 1 ? o.cs : null,
          class: [r < g.head ? 'head' : '', o.align ? 'align-' + o.align : ''].join(' ').trim() || null}, ta);
        td.owner = o;
        td.addEventListener('mousedown', e => {
          if (e.shiftKey) {
            sel = {r0: sel.r0, c0: sel.c0, r1: r, c1: c};
            e.preventDefault();
            mark();
          }
        });
        ta.addEventListener('focus', () => {
          sel = {r0: r, c0: c, r1: r, c1: c};
          mark();
        });
        ta.addEventListener('keydown', e => {
          // Shift+arrow keys extend the selection, for those who do not use a mouse
          const d = {ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1]}[e.key];
          if (!e.shiftKey || !d || !e.altKey) return;
          e.preventDefault();
          sel = {r0: sel.r0, c0: sel.c0, r1: Math.max(0, Math.min(g.rows - 1, sel.r1 + d[0])),
            c1: Math.max(0, Math.min(g.cols - 1, sel.c1 + d[1]))};
          mark();
        });
        tr.append(td);
      }
      table.append(tr);
    }
    fill(wrap, table);
    mark();
  };
  const align = a => () => {
    const rect = rectangle(g, sel);
    for (const o of g.owners) {
      if (o.r >= rect.r0 && o.r <= rect.r1 && o.c >= rect.c0 && o.c <= rect.c1) o.align = a;
    }
  };
  const pasteZone = h('textarea', {rows: 1, class: 'paste-zone-input',
    placeholder: '在这里粘贴从 Excel 或 WPS 表格复制的单元格（Ctrl+V）：空表格整体替换，否则从选中的单元格开始填入',
    'aria-label': '粘贴表格'});
  pasteZone.addEventListener('paste', e => onPaste(e, sel.r0, sel.c0));
  pasteZone.addEventListener('input', () => {
    // typed or dropped text with tabs works too
    if (looksLikeCells(pasteZone.value)) {
      paste(g, parseTsv(pasteZone.value), sel.r0, sel.c0);
      pasteZone.value = '';
      headInput.value = String(g.head);
      structural();
    }
  });
  draw();
  return h('div', {class: 'table-editor'},
    h('div', {class: 'grid-tools', role: 'toolbar', 'aria-label': '表格工具'},
      tool('合并单元格', '合并选中的单元格（按住 Shift 点击另一个单元格来选择范围）', () => merge(g, sel)),
      tool('拆分', '拆分选中的合并单元格', () => split(g, sel)),
      h('span', {class: 'sep'}),
      tool('＋行', '在选中行下方插入一行', () => insertRow(g, rectangle(g, sel).r1 + 1)),
      tool('＋列', '在选中列右侧插入一列', () => insertColumn(g, rectangle(g, sel).c1 + 1)),
      tool('删除行', '删除选中的行', () => deleteRow(g, sel.r1)),
      tool('删除列', '删除选中的列', () => deleteColumn(g, sel.c1)),
      h('span', {class: 'sep'}),
      tool('居左', '选中单元格居左', align('left')),
      tool('居中', '选中单元格居中', align('center')),
      tool('居右', '选中单元格居右', align('right')),
      h('span', {class: 'sep'}),
      h('label', {class: 'row'}, h('span', {class: 'muted', text: '表头行数'}), headInput)),
    wrap,
    h('div', {class: 'paste-zone'}, pasteZone),
    h('p', {class: 'muted', text: '提示：按住 Shift 点击（或 Shift+Alt+方向键）可选择多个单元格；“/”常用来表示“无”。'}));
}
