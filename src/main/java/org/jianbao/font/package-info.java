/**
 * Fonts without any PDF types: OpenType files and collections (.otf, .ttf, .ttc) read straight from
 * a memory-mapped file, one class per table the layout needs ({@code head}, {@code hhea},
 * {@code hmtx}, {@code maxp}, {@code cmap}, {@code name}), the faces of the bundled {@code fonts/}
 * folder by name, and per-character fallback through a chain of faces.
 */
package org.jianbao.font;
