/**
 * PNG previews of a written PDF through PDFBox's renderer: one image per page and a contact sheet
 * of all pages, for looking at a bulletin without a PDF viewer.
 */
package org.jianbao.export.png;
