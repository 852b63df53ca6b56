/**
 * Fonts without any PDF types: OpenType files and collections (.otf, .ttf, .ttc) read straight from
 * a memory-mapped file ({@link org.jianbao.font.SfntFile}, {@link org.jianbao.font.TableDirectory}),
 * one class per table the layout needs ({@code head}, {@code hhea}, {@code hmtx}, {@code cmap},
 * {@code name}), the faces of the bundled {@code fonts/} folder by name ({@link
 * org.jianbao.font.FontLibrary}), per-character fallback through a chain of faces ({@link
 * org.jianbao.font.FontChain}), and subsets of a face for embedding ({@link
 * org.jianbao.font.Face#subset}): CID-keyed CFF in {@link org.jianbao.font.cff}, TrueType in {@link
 * org.jianbao.font.truetype}.
 */
package org.jianbao.font;
