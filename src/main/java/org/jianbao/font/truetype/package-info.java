/**
 * TrueType-outline faces ({@code glyf}/{@code loca}) such as LXGW WenKai: {@link
 * org.jianbao.font.truetype.TrueTypeSubsetter} writes a TrueType file holding only the glyphs a
 * document uses and the components of its composite glyphs, renumbered in the order given.
 */
package org.jianbao.font.truetype;
