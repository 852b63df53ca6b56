// Chinese type sizes (字号) as the profile writes them, and a control to choose one.

import {h} from './dom.js';
import {get, put, pathString} from './fields.js';

export const SIZES = [['初号', 42], ['小初', 36], ['一号', 26], ['小一', 24], ['二号', 22], ['小二', 18], ['三号', 16],
  ['小三', 15], ['四号', 14], ['小四', 12], ['五号', 10.5], ['小五', 9]];

/**
 * A size select bound to `path`: "自动" (the key left out: the line fills the text block), a named
 * size, or a number of points.
 */
export function sizeControl(doc, path, order, {auto = true} = {}) {
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1];
  const select = h('select', null,
    auto ? h('option', {value: '', text: '自动（撑满版心）'}) : null,
    SIZES.map(([n, pt]) => h('option', {value: n, text: n + '（' + pt + ' 磅）'})),
    h('option', {value: 'custom', text: '自定义磅数…'}));
  const points = h('input', {type: 'number', min: 4, max: 200, step: '0.5', hidden: true, 'aria-label': '字号（磅）'});
  const wrap = h('div', {class: 'row'}, select, points);
  wrap.dataset.path = pathString(path);
  const showValue = () => {
    const v = get(doc.data, path);
    const named = typeof v === 'string' && SIZES.some(([n]) => n === v);
    if (v === undefined || v === null || v === '') {
      select.value = auto ? '' : SIZES[9][0];
      points.hidden = true;
    } else if (named) {
      select.value = v;
      points.hidden = true;
    } else {
      select.value = 'custom';
      points.hidden = false;
      points.value = String(v).replace(/pt$/, '');
    }
  };
  showValue();
  const write = v => {
    put(get(doc.data, parentPath), key, v, order);
    doc.changed();
  };
  select.addEventListener('change', () => {
    if (select.value === 'custom') {
      points.hidden = false;
      points.value = points.value || '24';
      write(Number(points.value));
      points.focus();
    } else {
      points.hidden = true;
      write(select.value === '' ? undefined : select.value);
    }
  });
  points.addEventListener('input', () => {
    if (points.value !== '' && !Number.isNaN(Number(points.value))) write(Number(points.value));
  });
  wrap.refresh = showValue;
  return wrap;
}
