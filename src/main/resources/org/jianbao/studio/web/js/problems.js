// Problems found by the checker, tied to the fields they concern. A problem carries the JSON path
// of its value ($.sections[0].articles[2].title); the field showing that value has the same path
// in data-path, so a problem leads to its field and the field shows its problem.

const FIELD_NAMES = {
  title: '标题', source: '来源', author: '作者', byline: '署名行', body: '正文', year: '年份', number: '期号',
  total: '总期号', date: '日期', name: '名称', text: '文字', caption: '图注', src: '图片文件', width: '宽度',
  items: '条目', signer: '落款单位', label: '标签', rows: '表格', header: '表头', columns: '表格列', level: '级别',
  profile: '刊物设置', masthead: '报头', lines: '行', issueLine: '期号行', editor: '编辑单位', dateFormat: '日期格式',
  distribution: '版记', to: '收文单位', copies: '印发份数', colophon: '编辑部信息', sections: '栏目', articles: '文章',
  markdown: '正文', numbering: '期号延续', contents: '目录', override: '本期覆盖设置', size: '字号', tracking: '字距',
};

/** [key, index, …] from '$.a[0].b'. */
export function parsePath(path) {
  const out = [];
  const re = /\.([^.[\]]+)|\[(\d+)\]/g;
  let m;
  while ((m = re.exec(path || '')) !== null) out.push(m[1] !== undefined ? m[1] : Number(m[2]));
  return out;
}

/** Where a problem leads: the page to open and the path to focus there; null when it has no place. */
export function locate(f, {issueId, profileId}) {
  if (f.file && profileId && f.file === profileId) {
    return {route: '#/publication?' + new URLSearchParams({id: profileId}), path: f.path};
  }
  if (f.file && issueId && f.file !== issueId) return null;
  const m = /^\$\.sections\[(\d+)\]\.articles\[(\d+)\]/.exec(f.path || '');
  if (m) {
    return {route: '#/article?' + new URLSearchParams({id: issueId, s: m[1], a: m[2]}), path: f.path};
  }
  return {route: '#/issue?' + new URLSearchParams({id: issueId}), path: f.path};
}

/** A problem's place in words: 栏目「行业要闻」› 文章「…」› 第 3 段 › 文字. */
export function describe(f, {issueId, profileId, data}) {
  if (f.file && f.file === profileId) return '刊物设置' + tail(parsePath(f.path));
  if (f.file && f.file !== issueId) return f.file + (f.line ? '，第 ' + f.line + ' 行' : '');
  const p = parsePath(f.path);
  const parts = [];
  let i = 0;
  if (p[0] === 'sections' && typeof p[1] === 'number') {
    const s = data && data.sections && data.sections[p[1]];
    parts.push('栏目「' + (s && s.name ? s.name : p[1] + 1) + '」');
    i = 2;
    if (p[2] === 'articles' && typeof p[3] === 'number') {
      const a = s && s.articles && s.articles[p[3]];
      const t = a && a.title ? a.title : '第 ' + (p[3] + 1) + ' 篇';
      parts.push('文章「' + (t.length > 16 ? t.slice(0, 16) + '…' : t) + '」');
      i = 4;
      if (p[4] === 'body' && typeof p[5] === 'number') {
        parts.push('正文第 ' + (p[5] + 1) + ' 块');
        i = 6;
      }
    }
  }
  const rest = tail(p.slice(i));
  return (parts.join(' › ') + rest).replace(/^ › /, '') || '本期';
}

function tail(p) {
  const words = p.filter(k => typeof k === 'string').map(k => FIELD_NAMES[k] || k);
  return words.length ? ' › ' + words.join(' › ') : '';
}

/** The field under root whose path is the problem's path or the nearest part of it. */
export function fieldFor(root, path) {
  let best = null;
  for (const el of root.querySelectorAll('[data-path]')) {
    const dp = el.dataset.path;
    if (path === dp || path.startsWith(dp + '.') || path.startsWith(dp + '[')) {
      if (!best || dp.length > best.dataset.path.length) best = el;
    }
  }
  return best;
}

/** Shows the field of a path: scrolled to, focused, briefly highlighted. */
export function focusPath(root, path) {
  const el = fieldFor(root, path);
  if (!el) return false;
  el.scrollIntoView({block: 'center', behavior: 'smooth'});
  if (typeof el.focus === 'function') el.focus({preventScroll: true});
  el.classList.remove('flash');
  void el.offsetWidth;
  el.classList.add('flash');
  return true;
}

/** Marks the fields that have problems (red for errors, amber for warnings), with the message as a tooltip. */
export function markFields(root, findings) {
  for (const el of root.querySelectorAll('.has-error, .has-warning')) {
    el.classList.remove('has-error', 'has-warning');
    el.removeAttribute('title');
  }
  for (const f of findings) {
    if (!f.path) continue;
    const el = fieldFor(root, f.path);
    if (!el) continue;
    if (f.error) el.classList.add('has-error');
    else if (!el.classList.contains('has-error')) el.classList.add('has-warning');
    el.title = (el.title ? el.title + '\n' : '') + f.message;
  }
}
