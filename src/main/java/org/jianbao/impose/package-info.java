/**
 * Imposition of a written PDF for the print shop, through PDFBox: the pages placed several to a
 * sheet in the order that folding and binding the sheets gives back the bulletin. {@link
 * org.jianbao.impose.Booklet} makes a saddle-stitched booklet (骑马订) of A4 pages on A3 sheets.
 */
package org.jianbao.impose;
