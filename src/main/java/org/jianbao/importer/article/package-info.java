/**
 * An article being imported, whatever it came from (Word, Markdown, plain text): the {@link
 * org.jianbao.importer.article.Draft} of its title, meta lines and blocks, the runs of its text,
 * the recognisers of 来源/作者/byline lines, heading numbers and captions ({@link
 * org.jianbao.importer.article.Lines}), its pictures saved into the workspace ({@link
 * org.jianbao.importer.article.PictureStore}), and the {@link org.jianbao.importer.article.Report}
 * of what came in. The readers of {@code importer} and {@code importer.docx} build it.
 */
package org.jianbao.importer.article;
