/**
 * Page layout: the elements (masthead, contents, section headers, article titles, body
 * blocks, pictures, tables, 版记, folios) as vertical slabs, broken into pages with the keeps of
 * clreq and GB/T 9704-2012 (no widows or orphans, titles kept with their text), → {@link
 * org.jianbao.frame.Document}. {@link org.jianbao.page.Typesetter} is the entry point. Text is set
 * on lines by {@code LineSetter} (which reports problems to {@code LayoutProblems}, located by an
 * explicit {@code At}), turned into frame items by {@code GlyphItems}, gathered by {@code Flow}
 * with the paragraph {@code Keeps}, and placed on pages by {@code PageBreaker}.
 */
package org.jianbao.page;
