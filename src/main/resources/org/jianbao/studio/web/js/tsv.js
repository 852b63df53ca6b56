// Cells copied from Excel or WPS arrive as tab-separated text: rows end with a line break, cells
// are separated by tabs, and a cell holding a tab, a line break or a quote is written in double
// quotes with inner quotes doubled. This reads that back into rows of cells.

export function parseTsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let i = 0;
  const s = text.replace(/\r\n?/g, '\n');
  while (i < s.length) {
    const c = s[i];
    if (c === '"' && cell === '') {
      // a quoted cell: up to the closing quote not followed by another quote
      let j = i + 1;
      let value = '';
      let closed = false;
      while (j < s.length) {
        if (s[j] === '"') {
          if (s[j + 1] === '"') { value += '"'; j += 2; continue; }
          closed = true;
          j++;
          break;
        }
        value += s[j++];
      }
      if (closed && (j >= s.length || s[j] === '\t' || s[j] === '\n')) {
        cell = value;
        i = j;
        continue;
      }
      cell += c;   // a quote that only starts the text: keep it as text
      i++;
      continue;
    }
    if (c === '\t') { row.push(cell); cell = ''; i++; continue; }
    if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; continue; }
    cell += c;
    i++;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  const width = Math.max(0, ...rows.map(r => r.length));
  return rows.map(r => r.map(x => x.trim()).concat(Array(width - r.length).fill('')));
}

/** Whether pasted text looks like cells (a tab somewhere, or several lines of the same tab count). */
export function looksLikeCells(text) {
  return /\t/.test(text);
}
