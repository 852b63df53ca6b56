// 各期简报: every issue of the workspace by year — number, cumulative number, date, pages — with
// open, "new issue from this one" and the PDF.

import {h, fill, toast} from './dom.js';
import {call, url} from './api.js';

export async function mount(app, params, {go}) {
  const [ws, list] = await Promise.all([call('GET', '/api/workspace'), call('GET', '/api/issues')]);
  const issues = list.issues;
  const byYear = new Map();
  for (const i of issues) {
    const y = i.year || '未注明年份';
    if (!byYear.has(y)) byYear.set(y, []);
    byYear.get(y).push(i);
  }
  const years = [...byYear.keys()].sort((a, b) => String(b).localeCompare(String(a)));
  const next = async (i, button) => {
    button.disabled = true;
    try {
      const r = await call('POST', '/api/issues/next', {query: {from: i.id}});
      toast('已新建：' + r.id, {lines: r.messages});
      go('#/issue?' + new URLSearchParams({id: r.id}));
    } catch (e) {
      toast(e.message, {error: true});
      button.disabled = false;
    }
  };
  const render = async (i, button) => {
    button.disabled = true;
    try {
      const r = await call('POST', '/api/render', {query: {id: i.id}});
      toast('已生成 ' + r.file + '（' + r.pages + ' 页，' + Math.round(r.bytes / 1024) + ' KB）');
    } catch (e) {
      toast(e.message, {error: true, ms: 9000});
    } finally {
      button.disabled = false;
    }
  };
  fill(app,
    h('div', {class: 'page-head'},
      h('div', null, h('h1', {text: '各期简报'}),
        h('div', {class: 'sub', text: '工作区：' + ws.folder + ' · 共 ' + issues.length + ' 期'})),
      h('div', {class: 'actions'}, h('a', {class: 'button', href: '#/publication', text: '刊物设置'}))),
    issues.length ? null : h('div', {class: 'card empty', text: '这个工作区里还没有简报。'}),
    years.map(y => h('section', {class: 'year'},
      h('h2', {text: typeof y === 'number' ? y + ' 年' : y}),
      h('table', {class: 'issues'},
        h('thead', null, h('tr', null, ['期号', '总期号', '日期', '页数', '头条', ''].map(t => h('th', {text: t})))),
        h('tbody', null, byYear.get(y).sort((a, b) => (b.number || 0) - (a.number || 0)).map(i => {
          const nextButton = h('button', {type: 'button', text: '新建下一期', title: '以这一期为基础新建下一期：期号、总期号、日期顺延，栏目保留，文章清空'});
          nextButton.addEventListener('click', () => next(i, nextButton));
          const renderButton = h('button', {type: 'button', text: '生成 PDF', title: '排版并把 PDF 存到工作区的 output 文件夹'});
          renderButton.addEventListener('click', () => render(i, renderButton));
          return h('tr', {dataset: {id: i.id}},
            h('td', {class: 'num'}, h('a', {href: '#/issue?' + new URLSearchParams({id: i.id}), text: '第 ' + (i.number ?? '?') + ' 期'})),
            h('td', {class: 'num', text: '总第 ' + (i.total ?? '?') + ' 期'}),
            h('td', {class: 'num', text: i.date || '—'}),
            h('td', {class: 'num'}, i.pages ? i.pages + ' 页 ' : '— ',
              i.errors ? h('span', {class: 'badge error', text: i.errors + ' 个错误'}) : h('span', {class: 'badge ok', text: '可印'})),
            h('td', {class: 'title', text: i.firstTitle || (i.articles ? '' : '（还没有文章）'), title: i.firstTitle || ''}),
            h('td', {class: 'actions'},
              h('a', {class: 'button primary', href: '#/issue?' + new URLSearchParams({id: i.id}), text: '打开'}),
              nextButton,
              i.errors ? null : renderButton,
              i.errors ? null : h('a', {class: 'button', href: url('/api/pdf', {id: i.id}), download: '', text: '下载 PDF'})));
        }))))));
  return null;
}
