/**
 * Word {@code .docx} articles through Apache POI's XWPF: the document's XML is walked directly (as DOM,
 * so that tracked changes, fields, content controls and hyperlinks are seen as Word stores them) and
 * turned into the descriptor's blocks: title and meta lines, paragraphs with bold runs, headings from
 * styles, outline levels and 一、 （一） 1. （1） numbers (Word's automatic numbering resolved to its
 * label text), lists, tables with their merged cells, pictures with their captions, footnotes as notes.
 */
package org.jianbao.importer.docx;
