// 一期简报: number, cumulative number and date; the sections and their articles — added, deleted,
// reordered by dragging or with the ↑ ↓ buttons, moved to another section — beside the preview.

import {h, fill, field, move, toast} from './dom.js';
import {bound, ORDER} from './fields.js';
import {workbench, issueName, historyDialog, importWord} from './workbench.js';

let dragged = null;

export async function mount(app, params, ctx) {
  const issueId = params.get('id');
  if (!issueId) throw new Error('没有指定哪一期');
  return workbench(app, issueId, ctx, (editor, redraw, doc) => draw(editor, redraw, doc, issueId));
}

function draw(editor, redraw, doc, issueId) {
  const d = doc.data;
  if (!Array.isArray(d.sections)) d.sections = [];
  const structural = () => { doc.changed({soon: true}); redraw(); };
  const articleLink = (s, a) => '#/article?' + new URLSearchParams({id: issueId, s, a});

  const sectionCards = d.sections.map((section, s) => {
    if (!Array.isArray(section.articles)) section.articles = [];
    const list = h('ol', {class: 'articles', dataset: {section: s}, 'aria-label': '栏目「' + section.name + '」的文章'});
    section.articles.forEach((article, a) => list.append(articleRow(section, s, article, a)));
    list.addEventListener('dragover', e => {
      if (!dragged) return;
      e.preventDefault();
      if (!section.articles.length) list.classList.add('drop-into');
    });
    list.addEventListener('dragleave', () => list.classList.remove('drop-into'));
    list.addEventListener('drop', e => {
      if (!dragged || e.target.closest('li')) return;
      e.preventDefault();
      moveArticle(dragged, s, section.articles.length);
    });
    const wordInput = h('input', {type: 'file', accept: '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'aria-label': '从 Word 导入文章到栏目「' + section.name + '」'});
    wordInput.addEventListener('change', () => {
      if (wordInput.files[0]) importWord(doc, s, section.articles.length, wordInput.files[0], redraw);
    });
    return h('section', {class: 'card section-card', dataset: {section: s}},
      h('div', {class: 'section-head'},
        h('span', {class: 'muted', text: '栏目'}),
        withList(bound(doc, ['sections', s, 'name'], {order: ORDER.section}), 'profile-sections'),
        h('span', {class: 'spacer'}),
        h('button', {type: 'button', class: 'icon', text: '↑', 'aria-label': '栏目上移', disabled: s === 0,
          onclick: () => { move(d.sections, s, -1); structural(); }}),
        h('button', {type: 'button', class: 'icon', text: '↓', 'aria-label': '栏目下移', disabled: s === d.sections.length - 1,
          onclick: () => { move(d.sections, s, 1); structural(); }}),
        h('button', {type: 'button', class: 'quiet danger', text: '删除栏目', onclick: () => {
          if (section.articles.length && !confirm('删除栏目「' + section.name + '」和其中的 ' + section.articles.length
            + ' 篇文章？（删除前的版本会留在历史版本里）')) return;
          d.sections.splice(s, 1);
          structural();
        }})),
      list,
      section.articles.length ? null : h('p', {class: 'muted', text: '这个栏目还没有文章。'}),
      h('div', {class: 'row'},
        h('button', {type: 'button', class: 'primary', text: '＋ 添加文章', onclick: () => {
          section.articles.push({title: '', body: ['']});
          doc.changed({soon: true});
          ctxGo(articleLink(s, section.articles.length - 1));
        }}),
        h('label', {class: 'button file'}, '从 Word 导入…', wordInput)));
  });

  function ctxGo(route) {
    location.hash = route;
  }

  function articleRow(section, s, article, a) {
    const others = d.sections.map((x, i) => i).filter(i => i !== s);
    const mover = others.length ? h('select', {'aria-label': '把这篇文章移到另一个栏目',
      onchange: e => { if (e.target.value !== '') moveArticle({s, a}, Number(e.target.value), d.sections[Number(e.target.value)].articles.length); }},
    h('option', {value: '', text: '移到栏目…'}),
    others.map(i => h('option', {value: i, text: d.sections[i].name || '（未命名栏目）'}))) : null;
    const li = h('li', {draggable: true, dataset: {s, a}},
      h('span', {class: 'handle', text: '⠿', title: '拖动以调整顺序', 'aria-hidden': 'true'}),
      h('div', {class: 'article-title'},
        h('a', {href: articleLink(s, a), text: article.title || '（无标题）', dataset: {path: '$.sections[' + s + '].articles[' + a + ']'}}),
        h('span', {class: 'muted', text: [article.source && '来源：' + article.source, article.author && '作者：' + article.author,
          blockCount(article)].filter(Boolean).join(' · ')})),
      h('button', {type: 'button', class: 'icon', text: '↑', 'aria-label': '上移', disabled: a === 0,
        onclick: () => { move(section.articles, a, -1); structural(); }}),
      h('button', {type: 'button', class: 'icon', text: '↓', 'aria-label': '下移', disabled: a === section.articles.length - 1,
        onclick: () => { move(section.articles, a, 1); structural(); }}),
      mover,
      h('button', {type: 'button', class: 'quiet danger', text: '删除', onclick: () => {
        if (!confirm('删除文章「' + (article.title || '无标题') + '」？（删除前的版本会留在历史版本里）')) return;
        section.articles.splice(a, 1);
        structural();
      }}));
    li.addEventListener('dragstart', e => {
      dragged = {s, a};
      li.classList.add('dragging');
      e.dataTransfer.effectAllowed = 'move';
      e.dataTransfer.setData('text/plain', article.title || '');
    });
    li.addEventListener('dragend', () => { dragged = null; li.classList.remove('dragging'); });
    li.addEventListener('dragover', e => {
      if (!dragged) return;
      e.preventDefault();
      const after = lowerHalf(e, li);
      li.classList.toggle('drop-after', after);
      li.classList.toggle('drop-before', !after);
    });
    li.addEventListener('dragleave', () => li.classList.remove('drop-before', 'drop-after'));
    li.addEventListener('drop', e => {
      if (!dragged) return;
      e.preventDefault();
      e.stopPropagation();
      li.classList.remove('drop-before', 'drop-after');
      moveArticle(dragged, s, a + (lowerHalf(e, li) ? 1 : 0));
    });
    return li;
  }

  function moveArticle(from, toSection, toIndex) {
    const [article] = d.sections[from.s].articles.splice(from.a, 1);
    if (from.s === toSection && from.a < toIndex) toIndex--;
    d.sections[toSection].articles.splice(toIndex, 0, article);
    dragged = null;
    structural();
  }

  fill(editor,
    h('div', {class: 'page-head'},
      h('div', null,
        h('div', {class: 'crumbs'}, h('a', {href: '#/issues', text: '各期简报'}), h('span', {text: issueName(d)})),
        h('h1', {text: issueName(d)}),
        h('div', {class: 'sub', text: issueId + (doc.profile ? ' · 刊物设置：' + doc.profile : '')})),
      h('div', {class: 'actions'},
        h('button', {type: 'button', text: '历史版本', onclick: () => historyDialog(doc, redraw).catch(e => toast(e.message, {error: true}))}))),
    h('section', {class: 'card'}, h('h2', {text: '本期信息'}),
      h('div', {class: 'grid2'},
        field('年份', bound(doc, ['year'], {number: true, order: ORDER.issue})),
        field('期号（第几期）', bound(doc, ['number'], {number: true, order: ORDER.issue})),
        field('总期号（总第几期）', bound(doc, ['total'], {number: true, order: ORDER.issue})),
        field('日期', bound(doc, ['date'], {type: 'date', order: ORDER.issue})))),
    h('datalist', {id: 'profile-sections'},
      ((doc.profileData && doc.profileData.sections) || []).map(n => h('option', {value: n}))),
    sectionCards,
    h('button', {type: 'button', text: '＋ 添加栏目', onclick: () => {
      d.sections.push({name: '新栏目', articles: []});
      structural();
    }}));
  // the edits above change titles shown elsewhere on the page (crumbs, h1): keep them current
  for (const k of ['year', 'number', 'total']) {
    const el = editor.querySelector('[data-path="$.' + k + '"]');
    el.addEventListener('input', () => {
      editor.querySelector('h1').textContent = issueName(d);
    });
  }
}

/** Whether the pointer is over the lower half of an element (whatever child it is over). */
function lowerHalf(e, el) {
  const r = el.getBoundingClientRect();
  return e.clientY > r.top + r.height / 2;
}

function withList(input, id) {
  input.setAttribute('list', id);
  return input;
}

function blockCount(article) {
  if (Array.isArray(article.body)) return article.body.length + ' 段';
  if (article.markdown !== undefined) return 'Markdown 正文';
  if (article.markdownFile) return '正文在 ' + article.markdownFile;
  return '';
}
