// 一篇文章: title, source, author, byline, and the body as one editor per block, with a toolbar to
// add paragraphs, headings, lists, quotes, notes, 主送, attachments, 落款, pictures and tables.

import {h, fill, field, toast} from './dom.js';
import {call} from './api.js';
import {bound, ORDER} from './fields.js';
import {blockEditor, make, KINDS} from './blocks.js';
import {parseTsv, looksLikeCells} from './tsv.js';
import {toGrid, fromGrid, paste} from './table-grid.js';
import {workbench, issueName, historyDialog, importWord} from './workbench.js';

export async function mount(app, params, ctx) {
  const issueId = params.get('id');
  const s = Number(params.get('s'));
  const a = Number(params.get('a'));
  let focusBlock = null;
  return workbench(app, issueId, ctx, draw);

  function draw(editor, redraw, doc) {
    const d = doc.data;
    const section = d.sections && d.sections[s];
    const article = section && section.articles && section.articles[a];
    if (!article) {
      fill(editor, h('div', {class: 'card'}, h('h2', {text: '找不到这篇文章'}),
        h('p', {text: '它可能已被删除或移到别的栏目。'}), h('a', {class: 'button', href: '#/issue?' + new URLSearchParams({id: issueId}), text: '回到本期'})));
      return;
    }
    const at = ['sections', s, 'articles', a];
    const structural = index => {
      focusBlock = index;
      doc.changed({soon: true});
      redraw();
    };
    let lastBlock = null;
    const blocks = h('div', {class: 'blocks'});
    if (Array.isArray(article.body)) {
      article.body.forEach((_, b) => blocks.append(blockEditor(doc, at, b, {issueId, changedStructure: structural})));
      if (!article.body.length) blocks.append(h('p', {class: 'muted', text: '正文是空的：用下面的工具栏添加段落。'}));
    } else if (typeof article.markdown === 'string') {
      blocks.append(field('正文（Markdown）', bound(doc, [...at, 'markdown'], {multiline: true})));
    } else if (article.markdownFile) {
      blocks.append(h('p', {class: 'muted', text: '这篇文章的正文在文件 ' + article.markdownFile + ' 中，请用文本编辑器修改。'}));
    }
    blocks.addEventListener('focusin', e => {
      const el = e.target.closest('.block');
      if (el) lastBlock = Number(el.dataset.index);
    });
    blocks.addEventListener('paste', e => onPaste(e, article, structural));

    const insert = kind => {
      if (!Array.isArray(article.body)) {
        toast('这篇文章的正文是 Markdown，不能按块添加。', {error: true});
        return;
      }
      const at2 = lastBlock === null ? article.body.length : lastBlock + 1;
      article.body.splice(at2, 0, make(kind));
      structural(at2);
    };
    const picture = h('input', {type: 'file', accept: 'image/png,image/jpeg', 'aria-label': '上传图片'});
    picture.addEventListener('change', async () => {
      const file = picture.files[0];
      picture.value = '';
      if (!file) return;
      if (file.size > 20 * 1024 * 1024) {
        toast('图片“' + file.name + '”超过 20 MiB，请缩小后再上传（印刷时一栏宽约 1850 像素就足够清晰）。', {error: true, ms: 9000});
        return;
      }
      try {
        const r = await call('POST', '/api/picture', {query: {id: issueId}, body: file,
          headers: {'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name)}});
        const at2 = lastBlock === null ? article.body.length : lastBlock + 1;
        article.body.splice(at2, 0, {type: 'image', src: r.src});
        toast('图片已保存到 ' + r.src + '（' + r.width + '×' + r.height + ' 像素）');
        structural(at2);
      } catch (e) {
        toast(e.message, {error: true, ms: 9000});
      }
    });
    const word = h('input', {type: 'file', accept: '.docx', 'aria-label': '从 Word 导入'});
    word.addEventListener('change', () => {
      const file = word.files[0];
      word.value = '';
      if (file) importWord(doc, s, a + 1, file, redraw);
    });
    const add = (kind, label, title) => h('button', {type: 'button', text: label, title: title || '添加' + KINDS[kind].name,
      onclick: () => insert(kind)});

    fill(editor,
      h('div', {class: 'page-head'},
        h('div', null,
          h('div', {class: 'crumbs'}, h('a', {href: '#/issues', text: '各期简报'}),
            h('span', null, h('a', {href: '#/issue?' + new URLSearchParams({id: issueId}), text: issueName(d)})),
            h('span', {text: section.name || '栏目'})),
          h('h1', {class: 'article-heading', text: article.title || '（无标题）'})),
        h('div', {class: 'actions'},
          h('a', {class: 'button', href: '#/issue?' + new URLSearchParams({id: issueId}), text: '← 回到本期'}),
          h('button', {type: 'button', text: '历史版本', onclick: () => historyDialog(doc, redraw).catch(e => toast(e.message, {error: true}))}))),
      h('section', {class: 'card'}, h('h2', {text: '文章信息'}),
        field('标题', bound(doc, [...at, 'title'], {multiline: true, order: ORDER.article})),
        h('div', {class: 'grid2'},
          field('来源', bound(doc, [...at, 'source'], {optional: true, order: ORDER.article, placeholder: '印作“来源：…”'})),
          field('作者', bound(doc, [...at, 'author'], {optional: true, order: ORDER.article, placeholder: '印作“作者：…”'})),
          field('署名行', bound(doc, [...at, 'byline'], {optional: true, order: ORDER.article, placeholder: '如：本刊讯'})))),
      h('section', {class: 'card'}, h('h2', null, '正文', h('span', {class: 'hint', text: '每一块是一个段落、标题、图片或表格'})),
        blocks,
        h('div', {class: 'toolbar', role: 'toolbar', 'aria-label': '添加正文内容'},
          h('span', {class: 'label', text: '添加'}),
          add('paragraph', '段落'),
          add('h1', '一、', '一级标题（一、）'), add('h2', '（一）', '二级标题（（一））'),
          add('h3', '1.', '三级标题（1.）'), add('h4', '（1）', '四级标题（（1））'),
          h('span', {class: 'sep'}),
          add('list', '列表'), add('quote', '引文'), add('note', '注'), add('addressee', '主送', '主送单位（顶格）'),
          add('attachments', '附件'), add('signature', '落款'),
          h('span', {class: 'sep'}),
          h('label', {class: 'button file', title: '上传 PNG 或 JPEG 图片'}, '图片…', picture),
          add('table', '表格', '添加表格（可粘贴 Excel/WPS 单元格）'),
          h('label', {class: 'button file', title: '把 Word 文件（.docx）导入为本文之后的新文章'}, '从 Word 导入…', word))));
    const title = editor.querySelector('[data-path="$.sections[' + s + '].articles[' + a + '].title"]');
    title.addEventListener('input', () => { editor.querySelector('.article-heading').textContent = title.value || '（无标题）'; });
    if (focusBlock !== null) {
      const target = editor.querySelector('.block[data-index="' + focusBlock + '"] textarea, .block[data-index="' + focusBlock + '"] input');
      focusBlock = null;
      if (target) requestAnimationFrame(() => target.focus());
    }
  }
}

/**
 * Paste into a paragraph: several lines become several paragraphs; cells copied from a sheet
 * become a table.
 */
function onPaste(e, article, structural) {
  const ta = e.target;
  if (!(ta instanceof HTMLTextAreaElement) || ta.dataset.block === undefined || !Array.isArray(article.body)) return;
  const text = e.clipboardData && e.clipboardData.getData('text/plain');
  if (!text) return;
  const b = Number(ta.dataset.block);
  if (looksLikeCells(text) && text.trim().includes('\n')) {
    e.preventDefault();
    const block = make('table');
    const g = toGrid(block);
    paste(g, parseTsv(text.trim()), 0, 0);
    fromGrid(g, block);
    article.body.splice(b + 1, 0, block);
    toast('粘贴的内容像表格，已作为表格插入');
    structural(b + 1);
    return;
  }
  const lines = text.split(/\r?\n/).map(l => l.trim()).filter(l => l.length);
  if (lines.length < 2) return;
  e.preventDefault();
  const start = ta.selectionStart;
  const end = ta.selectionEnd;
  const before = ta.value.slice(0, start);
  const after = ta.value.slice(end);
  ta.value = before + lines[0];
  ta.dispatchEvent(new Event('input'));
  const rest = lines.slice(1);
  rest[rest.length - 1] += after;
  article.body.splice(b + 1, 0, ...rest);
  toast('已分成 ' + lines.length + ' 个段落');
  structural(b + rest.length);
}
