/**
 * The Compact Font Format (Adobe Technical Notes #5176 and #5177) of CFF-flavoured OpenType faces
 * such as Noto CJK: its INDEX and DICT structures, Type 2 charstrings walked to flatten their
 * subroutines, and {@link org.jianbao.font.cff.CffSubsetter}, which writes a CID-keyed CFF holding
 * only the glyphs a document uses, renumbered in the order given.
 */
package org.jianbao.font.cff;
