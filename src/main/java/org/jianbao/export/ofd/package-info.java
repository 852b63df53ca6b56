/**
 * The OFD writer (GB/T 33190-2016, 版式文档): frames → an OFD package holding one document, its
 * pages as text, path and image objects, fonts embedded as OpenType subsets, links as page
 * actions, the outline, the document's metadata, and the structure tree as a custom tag. It builds
 * ofdrw's element objects (ofdrw-core) and serialises them itself into a zip with fixed entry order
 * and times, so that the same document always gives the same bytes. Like the PDF writer it decides
 * nothing about layout. See {@code docs/ofd.md}.
 */
package org.jianbao.export.ofd;
