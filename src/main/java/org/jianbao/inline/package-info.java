/**
 * Inline layout: a paragraph's styled text → justified lines of positioned glyphs, in five steps,
 * each in its own class — {@link org.jianbao.inline.Collector} (characters → clusters with
 * fonts), {@link org.jianbao.inline.Breaks} (where lines may end), {@link
 * org.jianbao.inline.ItemBuilder} (clusters → TeX boxes, glue and penalties carrying clreq
 * punctuation compression and CJK–Latin spacing), {@link org.jianbao.inline.KnuthPlass} (total-fit
 * line breaking, with the greedy {@link org.jianbao.inline.FirstFit} as its fallback) and {@link
 * org.jianbao.inline.Justifier} (lines with glyph positions). {@link
 * org.jianbao.inline.InlineLayout} runs them.
 */
package org.jianbao.inline;
