/**
 * The PDF writer, the only package that imports OpenPDF: frames → PDF pages with embedded,
 * subset CID fonts (Identity-H, with ToUnicode maps so that copying gives the exact text),
 * rules, images, internal links and bookmarks. It decides nothing about layout.
 */
package org.jianbao.export.pdf;
