package org.jianbao.export.pdf;

import static org.jianbao.export.pdf.IccProfile.D50;
import static org.jianbao.export.pdf.IccProfile.ascii;
import static org.jianbao.export.pdf.IccProfile.desc;
import static org.jianbao.export.pdf.IccProfile.s15f16;
import static org.jianbao.export.pdf.IccProfile.text;
import static org.jianbao.export.pdf.IccProfile.xyz;

import java.nio.ByteBuffer;

/**
 * A compact ICC version 2 output profile for a generic CMYK press, made here: the output intent of
 * a PDF/A file whose red is written as CMYK ink or as a spot colour over a CMYK alternate (ISO
 * 19005-2 §6.2.4.3 allows DeviceCMYK only under a CMYK output intent). It is a plain subtractive
 * model — ink c, m, y over black k, the rest of the paper white — in lookup tables from CMYK to the
 * Lab connection space and back, about ten kilobytes, the same on every call. A print shop
 * converts to its own press condition anyway; what matters to the file is that every colour in it
 * is defined.
 */
final class CmykProfile {
    private CmykProfile() {
    }

    /** Grid points per input channel: CMYK → Lab, and Lab → CMYK. */
    private static final int A2B_GRID = 5;
    private static final int B2A_GRID = 9;
    /** Linear sRGB → XYZ adapted to D50 (the primaries of {@link SrgbProfile}, by column). */
    private static final double[][] RGB_TO_XYZ = {
            {0.4360747, 0.3850649, 0.1430804},
            {0.2225045, 0.7168786, 0.0606169},
            {0.0139322, 0.0971045, 0.7141733}};

    /** The profile's bytes. */
    static byte[] bytes() {
        byte[] desc = desc("jianbao generic CMYK");
        byte[] cprt = text("No copyright, use freely");
        byte[] wtpt = xyz(D50);
        byte[] a2b = lut(4, 3, A2B_GRID, CmykProfile::cmykToLab);
        byte[] b2a = lut(3, 4, B2A_GRID, CmykProfile::labToCmyk);
        byte[] gamt = lut(3, 1, 2, in -> new double[] {0});   // everything counts as in gamut
        String[] sigs = {"desc", "cprt", "wtpt", "A2B0", "A2B1", "A2B2", "B2A0", "B2A1", "B2A2", "gamt"};
        byte[][] data = {desc, cprt, wtpt, a2b, null, null, b2a, null, null, gamt};   // intents share tables
        return IccProfile.assemble("prtr", "CMYK", "Lab ", sigs, data);
    }

    /** A colour transform sampled on a grid: inputs and outputs in [0, 1] as the tables encode them. */
    private interface Transform {
        double[] apply(double[] in);
    }

    /**
     * An 8-bit lookup table ({@code mft1}, ICC.1:2001-04 §6.5.8): identity matrix and curves, the
     * transform sampled on a grid of {@code grid} points per input, the first input varying slowest.
     */
    private static byte[] lut(int inputs, int outputs, int grid, Transform f) {
        int points = (int) Math.pow(grid, inputs);
        ByteBuffer b = ByteBuffer.allocate(48 + inputs * 256 + points * outputs + outputs * 256);
        b.put(ascii("mft1")).putInt(0).put((byte) inputs).put((byte) outputs).put((byte) grid).put((byte) 0);
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                b.putInt(s15f16(r == c ? 1 : 0));
            }
        }
        for (int i = 0; i < inputs; i++) {
            for (int v = 0; v < 256; v++) {
                b.put((byte) v);
            }
        }
        double[] in = new double[inputs];
        for (int p = 0; p < points; p++) {
            int rest = p;
            for (int i = inputs - 1; i >= 0; i--) {
                in[i] = (rest % grid) / (double) (grid - 1);
                rest /= grid;
            }
            for (double v : f.apply(in)) {
                b.put((byte) Math.round(Math.max(0, Math.min(1, v)) * 255));
            }
        }
        for (int o = 0; o < outputs; o++) {
            for (int v = 0; v < 256; v++) {
                b.put((byte) v);
            }
        }
        return b.array();
    }

    /** Ink → Lab, as the 8-bit tables encode Lab: L/100, (a+128)/255, (b+128)/255. */
    private static double[] cmykToLab(double[] cmyk) {
        double k = cmyk[3];
        double[] rgb = {(1 - cmyk[0]) * (1 - k), (1 - cmyk[1]) * (1 - k), (1 - cmyk[2]) * (1 - k)};
        double[] xyz = new double[3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                xyz[r] += RGB_TO_XYZ[r][c] * linear(rgb[c]);
            }
        }
        double fx = lab(xyz[0] / D50[0]);
        double fy = lab(xyz[1] / D50[1]);
        double fz = lab(xyz[2] / D50[2]);
        double l = 116 * fy - 16;
        double a = 500 * (fx - fy);
        double bb = 200 * (fy - fz);
        return new double[] {l / 100, (a + 128) / 255, (bb + 128) / 255};
    }

    /** Lab (encoded as above) → ink, black taking all the grey it can (full grey replacement). */
    private static double[] labToCmyk(double[] enc) {
        double l = enc[0] * 100;
        double a = enc[1] * 255 - 128;
        double bb = enc[2] * 255 - 128;
        double fy = (l + 16) / 116;
        double[] xyz = {D50[0] * inverseLab(fy + a / 500), D50[1] * inverseLab(fy), D50[2] * inverseLab(fy - bb / 200)};
        double[] rgb = new double[3];
        double[][] inv = inverse(RGB_TO_XYZ);
        for (int r = 0; r < 3; r++) {
            double v = 0;
            for (int c = 0; c < 3; c++) {
                v += inv[r][c] * xyz[c];
            }
            rgb[r] = encoded(Math.max(0, Math.min(1, v)));
        }
        double k = 1 - Math.max(rgb[0], Math.max(rgb[1], rgb[2]));
        if (k >= 1) {
            return new double[] {0, 0, 0, 1};
        }
        return new double[] {(1 - rgb[0] - k) / (1 - k), (1 - rgb[1] - k) / (1 - k), (1 - rgb[2] - k) / (1 - k), k};
    }

    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double encoded(double v) {
        return v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
    }

    private static double lab(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double inverseLab(double f) {
        return f * f * f > 216.0 / 24389 ? f * f * f : (116 * f - 16) / (24389.0 / 27);
    }

    private static double[][] inverse(double[][] m) {
        double det = m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                int a = (j + 1) % 3;
                int b = (j + 2) % 3;
                int c = (i + 1) % 3;
                int d = (i + 2) % 3;
                r[i][j] = (m[a][c] * m[b][d] - m[a][d] * m[b][c]) / det;
            }
        }
        return r;
    }

}
