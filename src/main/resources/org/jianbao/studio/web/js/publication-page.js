// 刊物设置: the publication profile as a form — masthead, issue line, editor, date format,
// sections, distribution (报/送/发), copies, colophon, numbering — with the masthead drawn by the
// typesetter as it will print. Fields the form does not show (fonts, page, styles) are kept as they are.

import {h, fill, field, move, toast} from './dom.js';
import {call, url} from './api.js';
import {openDoc} from './store.js';
import {bound, put, ensure, ORDER, refreshAll} from './fields.js';
import {sizeControl} from './sizes.js';
import {markFields} from './problems.js';
import {historyDialog} from './workbench.js';

const FONT_NAMES = {'song-bold': '宋体加粗', song: '宋体', hei: '黑体', kai: '楷体'};
const DIST_LABELS = ['报', '送', '发', '抄送', '印发'];

export async function mount(app, params, {go, watch}) {
  const ws = await call('GET', '/api/workspace');
  const profileId = params.get('id') || (ws.profiles[0] && ws.profiles[0].id);
  if (!profileId) throw new Error('这个工作区里没有刊物设置文件（profile.json）');
  const doc = await openDoc('profile', profileId);
  watch(doc);
  const d = doc.data;
  const changedLayout = () => {
    doc.changed();
    draw();
  };

  const mastheadImg = h('img', {alt: '报头预览'});
  const mastheadNote = h('p', {class: 'muted', text: '正在绘制报头…'});
  const problems = h('div', {class: 'problems'});
  const form = h('div');

  const showMasthead = async () => {
    try {
      const r = await call('POST', '/api/profile/preview', {query: {id: profileId}});
      if (r.hash) {
        mastheadImg.src = url('/api/masthead', {id: profileId, hash: r.hash});
        mastheadImg.hidden = false;
        mastheadNote.textContent = '按排版引擎的实际效果绘制（示例期号与今天的日期）';
      } else {
        mastheadImg.hidden = true;
        mastheadNote.textContent = '设置里有错误，报头暂时无法绘制；请先改正下列问题。';
      }
      const errors = r.findings.filter(f => f.error);
      fill(problems, r.findings.length ? h('ul', {class: 'findings'}, r.findings.map(f => h('li', null,
        h('button', {type: 'button', onclick: () => go(location.hash, f.path)},
          h('span', {class: 'badge sev ' + (f.error ? 'error' : 'warn'), text: f.error ? '错误' : '提醒'}),
          h('span', {class: 'where', text: f.path || ''}), h('span', {class: 'what', text: f.message}))))) : null);
      markFields(form, r.findings);
      app.dataset.errors = String(errors.length);
    } catch (e) {
      mastheadNote.textContent = e.message;
    }
  };
  const onReplaced = () => refreshAll(form);
  doc.addEventListener('saved', showMasthead);
  doc.addEventListener('replaced', onReplaced);

  const draw = () => fill(form,
    card('刊物名称', null, field('名称', bound(doc, ['name']), '用于 PDF 标题和书签')),
    mastheadCard(),
    card('期号行与编辑单位', '报头下的期号行，以及红线上方左侧的编辑单位、右侧的日期',
      field('期号行格式', withChips(bound(doc, ['issueLine']), ['{year}', '{number}', '{number:02}', '{total}']),
        '{year} 年份，{number} 期号（{number:02} 补足两位），{total} 总期号'),
      h('div', {class: 'grid2'},
        field('编辑单位', bound(doc, ['editor'], {order: ORDER.profile})),
        field('日期格式', withChips(bound(doc, ['dateFormat'], {optional: true, order: ORDER.profile}),
          ['{year}', '{month}', '{day}', '{month:02}', '{day:02}'])))),
    sectionsCard(),
    card('目录', null, h('div', {class: 'grid2'},
      field('目录标题', bound(doc, ['contents', 'title'], {optional: true, order: ORDER.contents, parentOrders: [ORDER.profile], placeholder: '本期目录'})),
      field('显示目录', checkbox(['contents', 'enabled'])))),
    distributionCard(),
    card('编辑部信息', '印在版记里', h('div', {class: 'grid2'},
      ['address', 'postcode', 'phone', 'email', 'website'].map(k => field(
        {address: '地址', postcode: '邮编', phone: '电话', email: '电子邮箱', website: '网址'}[k],
        bound(doc, ['colophon', k], {optional: true, order: ORDER.colophon, parentOrders: [ORDER.profile]})))),
      field('其他行（每行一条）', bound(doc, ['colophon', 'lines'], {list: true, optional: true, order: ORDER.colophon, parentOrders: [ORDER.profile]}))),
    card('期号延续', '填写已知的某一期，检查总期号是否连续', h('div', {class: 'grid2'},
      [['year', '年份'], ['number', '期号'], ['total', '总期号'], ['perYear', '每年期数']].map(([k, l]) =>
        field(l, bound(doc, ['numbering', k], {number: true, optional: true, order: ORDER.numbering, parentOrders: [ORDER.profile]}))))),
    h('p', {class: 'muted', text: '字体、页面尺寸、页边距和各元素样式等高级设置保持原样；需要时可直接编辑 ' + profileId + '。'}));

  function checkbox(path) {
    const box = h('input', {type: 'checkbox', checked: (d.contents || {}).enabled !== false});
    box.dataset.path = '$.contents.enabled';
    box.addEventListener('change', () => {
      const c = ensure(d, ['contents'], [ORDER.profile]);
      put(c, 'enabled', box.checked ? undefined : false, ORDER.contents);
      doc.changed();
    });
    return box;
  }

  function withList(input, id) {
    input.setAttribute('list', id);
    return input;
  }

  function withChips(input, chips) {
    return h('div', null, input, h('div', {class: 'chips'}, chips.map(c => h('button', {
      type: 'button', class: 'quiet', text: c, title: '插入 ' + c,
      onclick: () => {
        const at = input.selectionStart ?? input.value.length;
        input.value = input.value.slice(0, at) + c + input.value.slice(input.selectionEnd ?? at);
        input.dispatchEvent(new Event('input'));
        input.focus();
        input.setSelectionRange(at + c.length, at + c.length);
      },
    }))));
  }

  function mastheadCard() {
    const m = ensure(d, ['masthead'], [ORDER.profile]);
    if (!Array.isArray(m.lines)) put(m, 'lines', [{text: d.name || ''}], ORDER.masthead);
    const fonts = [...new Set(['song-bold', 'song', 'hei', 'kai', ...Object.keys(d.fonts || {})])];
    const colours = [...new Set(['red', 'black', ...Object.keys(d.colors || {})])];
    const fontSelect = h('select', {dataset: {path: '$.masthead.font'}},
      h('option', {value: '', text: '默认（宋体加粗）'}),
      fonts.map(f => h('option', {value: f, text: (FONT_NAMES[f] || f) + '（' + f + '）'})));
    fontSelect.value = m.font || '';
    fontSelect.addEventListener('change', () => { put(m, 'font', fontSelect.value || undefined, ORDER.masthead); doc.changed(); });
    const colourSelect = h('select', {dataset: {path: '$.masthead.color'}},
      colours.map(c => h('option', {value: c, text: {red: '套红（red）', black: '黑色（black）'}[c] || c})),
      h('option', {value: 'custom', text: '自定义颜色…'}));
    const colourPick = h('input', {type: 'color', hidden: true, 'aria-label': '报头颜色'});
    const isHex = /^#[0-9a-fA-F]{6}$/.test(m.color || '');
    colourSelect.value = isHex ? 'custom' : (m.color || 'red');
    colourPick.hidden = !isHex;
    if (isHex) colourPick.value = m.color;
    colourSelect.addEventListener('change', () => {
      colourPick.hidden = colourSelect.value !== 'custom';
      put(m, 'color', colourSelect.value === 'custom' ? colourPick.value : colourSelect.value, ORDER.masthead);
      doc.changed();
    });
    colourPick.addEventListener('change', () => { put(m, 'color', colourPick.value.toUpperCase(), ORDER.masthead); doc.changed(); });
    const ruleSelect = h('select', {dataset: {path: '$.masthead.rule'}},
      h('option', {value: 'single', text: '单线'}), h('option', {value: 'double', text: '双线（上粗下细）'}));
    ruleSelect.value = m.rule || 'single';
    ruleSelect.addEventListener('change', () => {
      put(m, 'rule', ruleSelect.value === 'single' && !m.rule ? undefined : ruleSelect.value, ORDER.masthead);
      doc.changed();
    });
    return card('报头', '刊物名称的红色大字，一行或两行',
      m.lines.map((line, i) => h('div', {class: 'masthead-line'},
        field('第 ' + (i + 1) + ' 行文字', bound(doc, ['masthead', 'lines', i, 'text'], {order: ORDER.mastheadLine})),
        field('字号', sizeControl(doc, ['masthead', 'lines', i, 'size'], ORDER.mastheadLine)),
        field('字距（字宽倍数）', bound(doc, ['masthead', 'lines', i, 'tracking'],
          {decimal: true, optional: true, order: ORDER.mastheadLine})),
        h('button', {type: 'button', class: 'quiet danger', text: '删除', disabled: m.lines.length < 2,
          'aria-label': '删除第 ' + (i + 1) + ' 行', onclick: () => { m.lines.splice(i, 1); changedLayout(); }}))),
      m.lines.length < 2 ? h('button', {type: 'button', text: '＋ 添加一行', onclick: () => { m.lines.push({text: '简报'}); changedLayout(); }}) : null,
      h('div', {class: 'grid2'}, field('字体', fontSelect), field('颜色', h('div', {class: 'row'}, colourSelect, colourPick)),
        field('红线', ruleSelect)));
  }

  function sectionsCard() {
    if (!Array.isArray(d.sections)) put(d, 'sections', [], ORDER.profile);
    const s = d.sections;
    return card('栏目', '各期常用的栏目名称；新建一期时沿用上一期的栏目',
      h('div', {class: 'list-editor'}, s.map((name, i) => h('div', {class: 'row'},
        bound(doc, ['sections', i]),
        h('button', {type: 'button', class: 'icon', text: '↑', 'aria-label': '上移', disabled: i === 0, onclick: () => { move(s, i, -1); changedLayout(); }}),
        h('button', {type: 'button', class: 'icon', text: '↓', 'aria-label': '下移', disabled: i === s.length - 1, onclick: () => { move(s, i, 1); changedLayout(); }}),
        h('button', {type: 'button', class: 'quiet danger', text: '删除', onclick: () => { s.splice(i, 1); changedLayout(); }})))),
      h('button', {type: 'button', text: '＋ 添加栏目', onclick: () => { s.push('新栏目'); changedLayout(); }}));
  }

  function distributionCard() {
    if (!Array.isArray(d.distribution)) put(d, 'distribution', [], ORDER.profile);
    const list = d.distribution;
    const labels = h('datalist', {id: 'dist-labels'}, DIST_LABELS.map(l => h('option', {value: l})));
    return card('版记', '最后一页底部的报、送、发单位和印发份数',
      labels,
      list.map((line, i) => h('div', {class: 'dist-line'},
        field('类别', withList(bound(doc, ['distribution', i, 'label'], {placeholder: '报'}), 'dist-labels')),
        field('单位（每行一个，印刷时用“、”连接）', bound(doc, ['distribution', i, 'to'], {list: true})),
        h('div', {class: 'row'},
          h('button', {type: 'button', class: 'icon', text: '↑', 'aria-label': '上移', disabled: i === 0, onclick: () => { move(list, i, -1); changedLayout(); }}),
          h('button', {type: 'button', class: 'icon', text: '↓', 'aria-label': '下移', disabled: i === list.length - 1, onclick: () => { move(list, i, 1); changedLayout(); }}),
          h('button', {type: 'button', class: 'quiet danger', text: '删除', onclick: () => { list.splice(i, 1); changedLayout(); }})))),
      h('button', {type: 'button', text: '＋ 添加一行', onclick: () => {
        const used = new Set(list.map(l => l.label));
        list.push({label: DIST_LABELS.find(l => !used.has(l)) || '送', to: ['']});
        changedLayout();
      }}),
      h('div', {class: 'grid2'}, field('印发份数', bound(doc, ['copies'], {number: true, optional: true, order: ORDER.profile}))));
  }

  draw();

  const picker = ws.profiles.length > 1 ? h('select', {'aria-label': '选择刊物',
    onchange: e => go('#/publication?' + new URLSearchParams({id: e.target.value}))},
  ws.profiles.map(p => h('option', {value: p.id, text: p.name + '（' + p.id + '）', selected: p.id === profileId}))) : null;
  fill(app,
    h('div', {class: 'page-head'},
      h('div', null, h('h1', {text: '刊物设置'}), h('div', {class: 'sub', text: profileId + ' · 每次修改自动保存，并保留历史版本'})),
      h('div', {class: 'actions'}, picker,
        h('button', {type: 'button', text: '历史版本', onclick: () => historyDialog(doc, () => window.dispatchEvent(new HashChangeEvent('hashchange')))
          .catch(e => toast(e.message, {error: true}))}))),
    h('div', {class: 'workbench'}, form,
      h('aside', {class: 'masthead-card card'}, h('h2', {text: '报头预览'}),
        h('div', {class: 'masthead-preview'}, mastheadImg), mastheadNote, problems)));
  showMasthead();
  return {
    leave: async () => {
      doc.removeEventListener('saved', showMasthead);
      doc.removeEventListener('replaced', onReplaced);
      await doc.flush();
    },
  };
}

function card(title, hint, ...children) {
  return h('section', {class: 'card'}, h('h2', null, title, hint ? h('span', {class: 'hint', text: hint}) : null), children);
}
