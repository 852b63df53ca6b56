/**
 * The year's bound volume (合订本): a publication's issues of one year in one file, after a cover
 * and a contents of them all, every issue as it was set (its masthead kept) with folios running on
 * through the volume. {@link org.jianbao.volume.Binder} is the entry point: it reads the issues with
 * the facade, puts them in order ({@code Lineup}), lays each out with the {@link
 * org.jianbao.page.Typesetter} at its first folio, sets its own pages ({@code Cover},
 * {@code Contents}, through {@code Setter}) and gathers the frames, bookmarks and structure
 * ({@code Gathering}); the facade writes the result.
 */
package org.jianbao.volume;
