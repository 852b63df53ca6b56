// The editor's frame: the pages (routes in the address's #), the save indicator, the banner that
// asks what to do when a file changed elsewhere, and the jump from a problem to its field.

import {h, fill, toast} from './dom.js';
import {currentDoc} from './store.js';
import {focusPath} from './problems.js';
import * as issuesPage from './issues-page.js';
import * as publicationPage from './publication-page.js';
import * as issuePage from './issue-page.js';
import * as articlePage from './article-page.js';

const PAGES = {issues: issuesPage, publication: publicationPage, issue: issuePage, article: articlePage};
const STATE_TEXT = {saved: '已保存', dirty: '有修改，即将保存…', saving: '正在保存…', error: '保存失败，正在重试', conflict: '未保存：文件已在别处修改'};

let mounted = null;
let focusAfter = null;
let showing = 0;
const watched = new WeakSet();

/** Opens a page (a '#/…' route), then shows the field of `path` there. */
export function go(route, path) {
  if (location.hash === route && mounted) {
    // already there: show the field without building the page again
    if (path) focusPath(document.getElementById('app'), path);
    return;
  }
  focusAfter = path || null;
  if (location.hash === route) show();
  else location.hash = route;
}

/** Shows the save state of a document in the top bar and its conflicts in the banner. */
export function watch(doc) {
  if (watched.has(doc)) return;
  watched.add(doc);
  const state = document.getElementById('save-state');
  const banner = document.getElementById('banner');
  doc.addEventListener('state', () => {
    state.dataset.state = doc.state;
    state.textContent = STATE_TEXT[doc.state] + (doc.state === 'saved' ? ' ' + new Date().toLocaleTimeString('zh-CN') : '');
    if (doc.state !== 'conflict') banner.hidden = true;
  });
  doc.addEventListener('conflict', e => {
    fill(banner, h('p', {text: e.detail}),
      h('button', {type: 'button', class: 'primary', text: '重新载入（放弃这里未保存的修改）',
        onclick: async () => { await doc.reload(); banner.hidden = true; show(); }}),
      h('button', {type: 'button', text: '用这里的内容覆盖（那边的版本会留在历史版本里）',
        onclick: async () => { banner.hidden = true; await doc.overwrite(); }}));
    banner.hidden = false;
  });
  doc.addEventListener('failed', e => toast(e.detail, {error: true}));
  doc.addEventListener('saved', e => {
    const a = e.detail;
    if (a.changes && a.changes.length) {
      toast('已规范标点 ' + a.changes.length + ' 处', {lines: a.changes.map(c => c.what)});
    }
    if (a.notices && a.notices.length && !doc.noticeShown) {
      doc.noticeShown = true;
      toast(a.notices[0]);
    }
  });
}

/**
 * Shows the page of the address. Each page is built in a fresh element and put in place only if no
 * later navigation began meanwhile (a slow page never covers a newer one).
 */
async function show() {
  const mine = ++showing;
  const [name, query] = location.hash.replace(/^#\/?/, '').split('?');
  const page = PAGES[name] || issuesPage;
  for (const a of document.querySelectorAll('[data-nav]')) {
    a.classList.toggle('active', a.dataset.nav === (name === 'issue' || name === 'article' ? 'issues' : name || 'issues'));
  }
  const before = mounted;
  mounted = null;
  if (before && before.leave) await before.leave();
  const app = document.getElementById('app');
  fill(app, h('p', {class: 'empty', text: '正在载入…'}));
  const view = h('div', {class: 'view', dataset: {page: name || 'issues'}});
  let result = null;
  try {
    result = await page.mount(view, new URLSearchParams(query || ''), {go, watch});
  } catch (e) {
    fill(view, h('div', {class: 'card'}, h('h2', {text: '这一页打不开'}), h('p', {text: e.message}),
      h('a', {class: 'button', href: '#/issues', text: '回到各期简报'})));
  }
  if (mine !== showing) {
    if (result && result.leave) await result.leave();
    return;
  }
  mounted = result;
  fill(app, view);
  if (focusAfter) {
    const path = focusAfter;
    focusAfter = null;
    requestAnimationFrame(() => focusPath(app, path));
  }
}

window.addEventListener('hashchange', show);
window.addEventListener('beforeunload', e => {
  const doc = currentDoc();
  if (doc && doc.state !== 'saved') {
    if (doc.state === 'dirty') doc.save({keepalive: true});
    e.preventDefault();
    e.returnValue = '';
  }
});
show();
