/**
 * Page layout: the elements (masthead, contents, section headers, article titles, body
 * blocks, 版记, folios) as vertical slabs of lines, broken into pages with the keeps of clreq and
 * GB/T 9704-2012 (no widows or orphans, titles kept with their text), → {@link
 * org.jianbao.frame.Document}. {@link org.jianbao.page.Typesetter} is the entry point.
 */
package org.jianbao.page;
