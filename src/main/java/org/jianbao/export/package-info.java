/** Exporters: walkers over {@link org.jianbao.frame.Document} frames that write a file format. */
package org.jianbao.export;
