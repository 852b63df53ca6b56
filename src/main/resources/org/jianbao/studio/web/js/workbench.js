// What the issue and article pages share: the open issue, its preview beside the editor, problems
// marked on the fields, the history of versions, and importing a Word file.

import {h, fill, toast} from './dom.js';
import {call} from './api.js';
import {openDoc} from './store.js';
import {refreshAll} from './fields.js';
import {markFields} from './problems.js';
import {Preview} from './preview.js';

/** Opens the issue and builds the two columns; `draw(editor, redraw, doc)` fills the editor column. */
export async function workbench(app, issueId, {go, watch}, draw) {
  const doc = await openDoc('issue', issueId);
  watch(doc);
  if (doc.profile && !doc.profileData) {
    doc.profileData = await call('GET', '/api/profile', {query: {id: doc.profile}}).then(r => r.data).catch(() => null);
  }
  const editor = h('div', {class: 'editor'});
  const mine = f => !f.file || f.file === issueId;
  const preview = new Preview(issueId, {
    context: () => ({issueId, profileId: doc.profile, data: doc.data}),
    onGo: where => go(where.route, where.path),
    onFindings: findings => markFields(editor, findings.filter(mine)),
  });
  const redraw = () => {
    draw(editor, redraw, doc);
    markFields(editor, preview.findings.filter(mine));
  };
  const onSaved = () => preview.refresh();
  const onReplaced = () => refreshAll(editor);
  doc.addEventListener('saved', onSaved);
  doc.addEventListener('replaced', onReplaced);
  redraw();
  fill(app, h('div', {class: 'workbench'}, editor, preview.element));
  preview.refresh();
  return {
    doc, preview, redraw,
    leave: async () => {
      doc.removeEventListener('saved', onSaved);
      doc.removeEventListener('replaced', onReplaced);
      await doc.flush();
    },
  };
}

/** The title of an issue: 2020年第7期（总第113期）. */
export function issueName(d) {
  return (d.year ?? '?') + '年第' + (d.number ?? '?') + '期（总第' + (d.total ?? '?') + '期）';
}

/** A dialog listing the kept versions of the issue, each one to put back. */
export async function historyDialog(doc, after) {
  const r = await call('GET', '/api/history', {query: {id: doc.id}});
  const dialog = h('dialog', {'aria-label': '历史版本'});
  const close = () => { dialog.close(); dialog.remove(); };
  fill(dialog,
    h('h2', {text: '历史版本'}),
    h('p', {class: 'muted', text: '每次保存前，旧版本会留在工作区的 .history 文件夹里（连续编辑时每分钟一份，最多 30 份）。'}),
    r.versions.length ? h('ul', null, r.versions.map(v => h('li', {class: 'row'},
      h('span', {class: 'grow', text: v.name.replace(/^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-\d+$/, '$1-$2-$3 $4:$5:$6')
        + '（' + Math.ceil(v.bytes / 1024) + ' KB）'}),
      h('button', {type: 'button', text: '恢复这个版本', onclick: async () => {
        try {
          await doc.flush();
          await call('POST', '/api/history/restore', {query: {id: doc.id, name: v.name}, version: doc.version});
          await doc.reload();
          close();
          toast('已恢复到 ' + v.name + ' 的版本；恢复前的内容也已留在历史版本里。');
          after();
        } catch (e) {
          toast(e.message, {error: true});
        }
      }})))) : h('p', {text: '还没有历史版本。'}),
    h('div', {class: 'row'}, h('button', {type: 'button', text: '关闭', onclick: close})));
  document.body.append(dialog);
  dialog.showModal();
}

/** Uploads a Word file as an article of section `s`, after the issue is saved. */
export async function importWord(doc, s, at, file, after) {
  if (file.size > 30 * 1024 * 1024) {
    toast('Word 文件“' + file.name + '”超过 30 MiB，不能导入。', {error: true, ms: 9000});
    return;
  }
  await doc.flush();
  try {
    const r = await call('POST', '/api/import', {
      query: {id: doc.id, section: s, at}, version: doc.version, body: file,
      headers: {'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name)},
    });
    toast(r.done ? '已导入 Word 文件' : '没有导入', {lines: r.messages, error: !r.done, ms: 9000});
    if (r.done) {
      await doc.reload();
      after();
    }
  } catch (e) {
    toast(e.message, {error: true, ms: 9000});
  }
}
