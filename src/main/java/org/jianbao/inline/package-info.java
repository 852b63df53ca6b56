/**
 * Inline layout: a paragraph's styled text → justified lines of positioned glyphs, in steps each
 * in its own class — {@link org.jianbao.inline.Collector} (characters → grapheme clusters with
 * fonts; {@link org.jianbao.inline.Autolinks} makes addresses links), {@link
 * org.jianbao.inline.Breaks} (where lines may end, at what cost), {@link
 * org.jianbao.inline.ItemBuilder} (clusters → TeX boxes, glue and penalties carrying clreq
 * punctuation compression and CJK–Latin spacing), {@link org.jianbao.inline.KnuthPlass}
 * (total-fit line breaking; {@link org.jianbao.inline.TitleBreaker} for titles, {@link
 * org.jianbao.inline.Overflow} for content wider than a line) and {@link
 * org.jianbao.inline.Justifier} (lines with glyph positions). Every step is linear in the length
 * of the paragraph.
 */
package org.jianbao.inline;
