/**
 * Page images: the PDF of the same frames drawn by PDFBox's renderer, one PNG per page asked for
 * and a contact sheet of those pages, for looking at a bulletin without a PDF viewer.
 */
package org.jianbao.export.png;
