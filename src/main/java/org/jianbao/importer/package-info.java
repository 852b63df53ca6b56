/**
 * Brings an article from a file into an issue descriptor ({@code jianbao import}): Word {@code .docx}
 * (package {@code docx}), Markdown and plain text are read into a {@link
 * org.jianbao.importer.article.Draft} — title, source/author/byline lines and body blocks in the
 * descriptor's own form — its pictures are saved into the workspace's {@code images/}, and the
 * article is inserted into the text with its layout kept ({@link
 * org.jianbao.importer.Importer}). Everything that came in is counted and everything left out or
 * changed is a warning ({@link org.jianbao.importer.article.Report}).
 */
package org.jianbao.importer;
