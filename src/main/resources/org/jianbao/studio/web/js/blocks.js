// The blocks of an article's body, one editor each: paragraphs, headings 一、（一）1.（1）, lists,
// quotes, notes, 主送, attachments, 落款, pictures and tables. Text blocks can change kind in place.

import {h, field} from './dom.js';
import {bound, put, pathString, ORDER} from './fields.js';
import {url} from './api.js';
import {tableEditor} from './table-grid.js';

/**
 * 主送 (the addressee line, set flush left with its colon) is written as {"type": "addressee",
 * "text": …}; a paragraph with "indent": false, the other form the typesetter reads, shows as
 * 主送 too.
 */
export const ADDRESSEE = text => ({type: 'addressee', text});

export const KINDS = {
  paragraph: {name: '段落', text: true},
  h1: {name: '一级标题 一、', text: true},
  h2: {name: '二级标题（一）', text: true},
  h3: {name: '三级标题 1.', text: true},
  h4: {name: '四级标题（1）', text: true},
  quote: {name: '引文', text: true},
  note: {name: '注', text: true},
  addressee: {name: '主送', text: true},
  list: {name: '列表'},
  attachments: {name: '附件'},
  signature: {name: '落款'},
  image: {name: '图片'},
  table: {name: '表格'},
};

export function kindOf(b) {
  if (typeof b === 'string') return 'paragraph';
  if (!b || typeof b !== 'object') return 'paragraph';
  if (b.type === 'heading') return 'h' + Math.min(4, Math.max(1, b.level || 1));
  if (b.type === 'addressee' || (b.type === 'paragraph' && b.indent === false)) return 'addressee';
  return KINDS[b.type] ? b.type : 'paragraph';
}

export function textOf(b) {
  return typeof b === 'string' ? b : (b && typeof b.text === 'string' ? b.text : '');
}

/** A new block of a kind (text kinds take `text`). */
export function make(kind, text = '') {
  switch (kind) {
    case 'paragraph': return text;
    case 'h1': case 'h2': case 'h3': case 'h4': return {type: 'heading', level: Number(kind[1]), text};
    case 'quote': return {type: 'quote', text};
    case 'note': return {type: 'note', text};
    case 'addressee': return ADDRESSEE(text);
    case 'list': return {type: 'list', items: text ? [text] : ['']};
    case 'attachments': return {type: 'attachments', items: ['']};
    case 'signature': return {type: 'signature', signer: '', date: new Date().toISOString().slice(0, 10)};
    case 'table': return {type: 'table', columns: [{}, {}, {}], header: [['', '', '']], rows: [['', '', '']]};
    default: return text;
  }
}

/** The editor of block `b` of the article at `at` (path of the article). */
export function blockEditor(doc, at, b, {issueId, changedStructure}) {
  const body = doc.data.sections[at[1]].articles[at[3]].body;
  const block = body[b];
  const kind = kindOf(block);
  const path = [...at, 'body', b];
  const textPath = typeof block === 'string' ? path : [...path, 'text'];
  const parts = [];
  if (KINDS[kind].text) {
    if (kind === 'note') {
      parts.push(field('标签', bound(doc, [...path, 'label'], {optional: true, order: ORDER.block, placeholder: '注'})));
    }
    const ta = bound(doc, textPath, {multiline: true, cls: kind.startsWith('h') ? 'heading' : null,
      placeholder: {paragraph: '在这里输入段落文字；粘贴多段文字会自动分成多个段落', addressee: '如：各会员单位：'}[kind] || ''});
    ta.dataset.block = String(b);
    parts.push(ta);
  } else if (kind === 'list') {
    const marker = h('select', {'aria-label': '列表符号', dataset: {path: pathString([...path, 'marker'])}},
      [['bullet', '● 圆点'], ['number', '1. 2. 数字'], ['paren', '（1）（2） 括号数字']].map(([v, t]) => h('option', {value: v, text: t})));
    marker.value = block.marker || 'bullet';
    marker.addEventListener('change', () => {
      put(block, 'marker', marker.value === 'bullet' && !block.marker ? undefined : marker.value, ORDER.block);
      doc.changed();
    });
    parts.push(h('div', {class: 'row'}, marker), field('条目（每行一条）', bound(doc, [...path, 'items'], {list: true})));
  } else if (kind === 'attachments') {
    parts.push(field('附件名称（每行一个）', bound(doc, [...path, 'items'], {list: true})));
  } else if (kind === 'signature') {
    parts.push(h('div', {class: 'grid2'},
      field('落款单位', bound(doc, [...path, 'signer'], {order: ORDER.block})),
      field('成文日期', bound(doc, [...path, 'date'], {type: 'date', order: ORDER.block}))));
  } else if (kind === 'image') {
    const width = h('select', {'aria-label': '图片宽度'},
      [30, 40, 50, 60, 70, 80, 90, 100].map(p => h('option', {value: p + '%', text: '栏宽的 ' + p + '%'})));
    width.value = typeof block.width === 'string' ? block.width : typeof block.width === 'number' ? Math.round(block.width * 100) + '%' : '80%';
    width.dataset.path = pathString([...path, 'width']);
    width.addEventListener('change', () => {
      put(block, 'width', width.value === '80%' && block.width === undefined ? undefined : width.value, ORDER.block);
      doc.changed();
    });
    const src = h('input', {type: 'text', value: block.src || '', 'aria-label': '图片文件'});
    src.readOnly = true;
    src.dataset.path = pathString([...path, 'src']);
    parts.push(h('div', {class: 'picture'},
      h('img', {src: url('/api/picture', {id: issueId, src: block.src || ''}), alt: block.caption || '图片'}),
      h('div', null,
        field('图注', bound(doc, [...path, 'caption'], {optional: true, order: ORDER.block, placeholder: '图片下方的说明文字'})),
        field('宽度', width),
        field('文件', src))));
  } else if (kind === 'table') {
    parts.push(field('表题', bound(doc, [...path, 'caption'], {optional: true, order: ORDER.block, placeholder: '表格上方的标题（可不填）'})),
      tableEditor(doc, path, block, () => doc.changed()));
  }
  const kindSelect = KINDS[kind].text
    ? h('select', {'aria-label': '段落类型'}, Object.entries(KINDS).filter(([, k]) => k.text)
      .map(([v, k]) => h('option', {value: v, text: k.name})))
    : h('span', {class: 'kind', text: KINDS[kind].name});
  if (KINDS[kind].text) {
    kindSelect.value = kind;
    kindSelect.addEventListener('change', () => {
      const old = body[b];
      const next = make(kindSelect.value, textOf(old));
      if (kindSelect.value === 'note' && old && old.label) next.label = old.label;
      body[b] = next;
      changedStructure(b);
    });
  }
  return h('div', {class: 'block kind-' + kind, dataset: {index: b}},
    h('div', {class: 'block-head'}, kindSelect, h('span', {class: 'spacer'}),
      h('button', {type: 'button', class: 'icon quiet', text: '↑', 'aria-label': '上移', disabled: b === 0,
        onclick: () => { body.splice(b - 1, 0, body.splice(b, 1)[0]); changedStructure(b - 1); }}),
      h('button', {type: 'button', class: 'icon quiet', text: '↓', 'aria-label': '下移', disabled: b === body.length - 1,
        onclick: () => { body.splice(b + 1, 0, body.splice(b, 1)[0]); changedStructure(b + 1); }}),
      h('button', {type: 'button', class: 'quiet danger', text: '删除', 'aria-label': '删除这一块',
        onclick: () => { body.splice(b, 1); changedStructure(Math.max(0, b - 1)); }})),
    parts);
}
