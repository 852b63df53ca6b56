package org.jianbao.export.pdf;

import static org.jianbao.export.pdf.IccProfile.ascii;
import static org.jianbao.export.pdf.IccProfile.desc;
import static org.jianbao.export.pdf.IccProfile.text;
import static org.jianbao.export.pdf.IccProfile.xyz;

import java.nio.ByteBuffer;

/**
 * A compact ICC version 2 display profile for sRGB (IEC 61966-2.1), made here rather than taken
 * from the JDK: the output intent of every PDF/A file carries it, and at about 0.8 KB it is a
 * quarter of the JDK's. Matrix/TRC form: the primaries adapted to the D50 connection space
 * (Bradford), the media white D65, and the sRGB transfer curve sampled at 256 points, which
 * every colour-managed reader interpolates — the same colours as the full profile.
 */
final class SrgbProfile {
    private SrgbProfile() {
    }

    /** Tristimulus values of the D50-adapted red, green and blue primaries. */
    private static final double[][] PRIMARIES = {
            {0.4360747, 0.2225045, 0.0139322},
            {0.3850649, 0.7168786, 0.0971045},
            {0.1430804, 0.0606169, 0.7141733}};
    private static final double[] D65 = {0.9504559, 1.0, 1.0890578};
    private static final int CURVE_POINTS = 256;

    /** The profile's bytes (the same on every call). */
    static byte[] bytes() {
        byte[] desc = desc("sRGB IEC61966-2.1");
        byte[] cprt = text("No copyright, use freely");
        byte[] wtpt = xyz(D65);
        byte[][] rgb = {xyz(PRIMARIES[0]), xyz(PRIMARIES[1]), xyz(PRIMARIES[2])};
        byte[] trc = curve();
        String[] sigs = {"desc", "cprt", "wtpt", "rXYZ", "gXYZ", "bXYZ", "rTRC", "gTRC", "bTRC"};
        byte[][] data = {desc, cprt, wtpt, rgb[0], rgb[1], rgb[2], trc, null, null};   // the curves share one
        return IccProfile.assemble("mntr", "RGB ", "XYZ ", sigs, data);
    }

    /** The sRGB transfer function, encoded value → linear light, as a sampled curve. */
    private static byte[] curve() {
        ByteBuffer b = ByteBuffer.allocate(12 + 2 * CURVE_POINTS);
        b.put(ascii("curv")).putInt(0).putInt(CURVE_POINTS);
        for (int i = 0; i < CURVE_POINTS; i++) {
            double v = i / (double) (CURVE_POINTS - 1);
            double linear = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
            b.putShort((short) Math.round(linear * 65535));
        }
        return b.array();
    }

}
