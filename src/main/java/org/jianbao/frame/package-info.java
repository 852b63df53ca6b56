/**
 * Finished layout: pages as {@link org.jianbao.frame.Frame}s holding items at fixed positions
 * (glyph runs, rules, images, links), plus the document's outline and metadata. This is the only
 * thing exporters see; {@link org.jianbao.frame.Trace} prints it as text for golden tests.
 * Coordinates are points from the page's top-left corner, y growing downwards; a glyph run's y is
 * its baseline.
 */
package org.jianbao.frame;
