package org.jianbao.unit;

/** Conversions into PostScript points (1/72 inch), the unit of every length in the engine. */
public final class Units {
    /** Points per millimetre: 72 / 25.4. */
    public static final double PT_PER_MM = 72.0 / 25.4;

    private Units() {
    }

    public static double mm(double millimetres) {
        return millimetres * PT_PER_MM;
    }

    public static double toMm(double points) {
        return points / PT_PER_MM;
    }

    /** {@code ems} at a font size: {@code em(0.5, 12) = 6 pt}. */
    public static double em(double ems, double size) {
        return ems * size;
    }
}
