/**
 * A resident render of one issue while it is edited ({@code jianbao watch}): a
 * {@link org.jianbao.watch.Session} renders the issue, watches the files it is made of (the
 * descriptor, its profile, its Markdown files and its pictures: {@link org.jianbao.watch.Sources})
 * with the JDK's watch service ({@link org.jianbao.watch.FolderWatch}), and renders again after each
 * change, with the fonts and pictures of one {@link org.jianbao.Jianbao} kept loaded. A render that
 * fails writes nothing, so the last good PDF stays; page images are drawn again only for the pages
 * whose frames changed ({@link org.jianbao.watch.PagePreview}). The session reports each render as an
 * {@link org.jianbao.watch.Outcome}; printing is the command line's business.
 */
package org.jianbao.watch;
