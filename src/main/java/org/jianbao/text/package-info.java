/**
 * Chinese text rules that do not depend on geometry: character classes, the line-start and
 * line-end prohibitions (W3C clreq §3.1.7), where the ink of each punctuation mark sits in its em
 * box (clreq §3.1.6, GB/T 15834-2011 §5), the cleaning of pasted input ({@link
 * org.jianbao.text.Normalizer}), punctuation normalisation ({@link org.jianbao.text.Punctuation}:
 * ASCII marks in Chinese text → Chinese marks, GB/T 15834-2011 §5.1), addresses found in running
 * text ({@link org.jianbao.text.Links}) and the joints where a title reads best broken. Everything
 * here is linear in the length of the text; the rules are written out in docs/typography.md.
 */
package org.jianbao.text;
