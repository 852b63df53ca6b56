// The preview pane: the pages as the typesetter draws them, and the problems the checker finds.
// After each save the server lays the issue out again and draws only the pages that changed;
// here only the pictures whose hash changed are fetched again.

import {h, fill} from './dom.js';
import {call, url} from './api.js';
import {describe, locate} from './problems.js';

export class Preview {
  constructor(issueId, {onFindings, onGo, context}) {
    this.issueId = issueId;
    this.onFindings = onFindings;
    this.onGo = onGo;
    this.context = context;
    this.figures = [];
    this.running = null;
    this.again = false;
    this.findings = [];
    this.status = h('span', {class: 'muted', text: '正在排版…'});
    this.staleNote = h('div', {class: 'stale-note', hidden: true,
      text: '当前内容有错误，下面是上次排版成功的页面；改正下列错误后预览会自动更新。'});
    this.problemBox = h('div', {class: 'problems'});
    this.pages = h('div', {class: 'pages', 'aria-label': '页面预览'});
    this.pdfLink = h('a', {class: 'button', href: url('/api/pdf', {id: issueId}), download: '', text: '下载 PDF'});
    this.element = h('aside', {class: 'preview', 'aria-label': '预览'},
      h('div', {class: 'preview-head'}, h('h2', {text: '排版预览'}), this.status, this.pdfLink),
      this.problemBox, this.staleNote, this.pages);
  }

  /** Renders again (once more after the current render if asked while one runs). */
  refresh() {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.run().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.refresh();
      }
    });
    return this.running;
  }

  async run() {
    const t0 = performance.now();
    this.status.textContent = '正在排版…';
    let r;
    try {
      r = await call('POST', '/api/preview', {query: {id: this.issueId}});
    } catch (e) {
      this.status.textContent = e.message;
      return;
    }
    const changed = this.show(r.pages);
    this.pages.classList.toggle('stale', r.stale);
    this.staleNote.hidden = !r.stale;
    const ms = Math.round(performance.now() - t0);
    this.status.textContent = r.pages.length + ' 页 · ' + (changed.length ? '更新了第 ' + changed.join('、') + ' 页' : '没有页面变化')
      + ' · ' + ms + ' 毫秒';
    this.element.dataset.render = String((Number(this.element.dataset.render) || 0) + 1);
    this.showFindings(r.findings);
    try {
      const c = await call('GET', '/api/check', {query: {id: this.issueId}});
      this.showFindings(c.findings);
    } catch (e) {
      // the layout's own findings stay on show
    }
  }

  /** Puts the pages in place; returns the numbers of the pages whose picture changed. */
  show(pages) {
    const changed = [];
    pages.forEach((p, i) => {
      let f = this.figures[i];
      if (!f) {
        const img = h('img', {alt: '第 ' + p.number + ' 页', loading: 'lazy', width: 794, height: 1123});
        f = h('figure', null, img, h('figcaption', {text: '— ' + p.number + ' —'}));
        f.img = img;
        this.figures.push(f);
        this.pages.append(f);
      }
      if (f.dataset.hash !== p.hash) {
        f.dataset.hash = p.hash;
        f.img.src = url('/api/page', {id: this.issueId, hash: p.hash});
        changed.push(p.number);
        f.classList.add('fresh');
        setTimeout(() => f.classList.remove('fresh'), 1200);
      }
    });
    while (this.figures.length > pages.length) this.figures.pop().remove();
    return changed;
  }

  showFindings(findings) {
    this.findings = findings;
    const ctx = this.context();
    const errors = findings.filter(f => f.error);
    const sorted = errors.concat(findings.filter(f => !f.error));
    if (!sorted.length) {
      fill(this.problemBox, h('p', {class: 'findings-ok', text: '✓ 没有发现问题'}));
    } else {
      fill(this.problemBox,
        h('h3', {text: (errors.length ? errors.length + ' 个错误' : '') + (errors.length && sorted.length > errors.length ? '，' : '')
          + (sorted.length > errors.length ? (sorted.length - errors.length) + ' 个提醒' : '')}),
        h('ul', {class: 'findings'}, sorted.slice(0, 60).map(f => {
          const where = locate(f, ctx);
          return h('li', null, h('button', {
            type: 'button', disabled: !where, dataset: {finding: f.path || ''},
            onclick: () => where && this.onGo(where),
          },
          h('span', {class: 'badge sev ' + (f.error ? 'error' : 'warn'), text: f.error ? '错误' : '提醒'}),
          h('span', {class: 'where', text: describe(f, ctx)}),
          h('span', {class: 'what', text: f.message})));
        })));
    }
    if (this.onFindings) this.onFindings(findings);
  }
}
