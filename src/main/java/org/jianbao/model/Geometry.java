package org.jianbao.model;

/** Page size and margins in points; the text block (版心) is what the margins leave. */
public record Geometry(double pageWidth, double pageHeight, double top, double bottom, double left, double right) {

    public double textWidth() {
        return pageWidth - left - right;
    }

    public double textHeight() {
        return pageHeight - top - bottom;
    }
}
