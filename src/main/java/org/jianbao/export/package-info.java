/**
 * Exporters: walkers over {@link org.jianbao.frame.Document} frames that write a file format
 * ({@code pdf}, {@code png}), behind one interface, {@link org.jianbao.export.Exporter}, and the
 * places their files go ({@link org.jianbao.export.FolderOutput} writes each file atomically).
 */
package org.jianbao.export;
