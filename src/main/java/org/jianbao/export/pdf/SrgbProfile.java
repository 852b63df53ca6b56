package org.jianbao.export.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

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
    private static final double[] D50 = {0.9642, 1.0, 0.8249};
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

        int tableEnd = 128 + 4 + 12 * sigs.length;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int[] offset = new int[sigs.length];
        int[] size = new int[sigs.length];
        for (int i = 0; i < sigs.length; i++) {
            if (data[i] == null) {
                offset[i] = offset[i - 1];
                size[i] = size[i - 1];
                continue;
            }
            offset[i] = tableEnd + body.size();
            size[i] = data[i].length;
            body.writeBytes(data[i]);
            while (body.size() % 4 != 0) {
                body.write(0);   // tag data starts on a four-byte boundary
            }
        }
        int total = tableEnd + body.size();
        ByteBuffer b = ByteBuffer.allocate(total);
        b.putInt(total).putInt(0).putInt(0x02100000);   // size, preferred CMM (none), version 2.1
        b.put(ascii("mntr")).put(ascii("RGB ")).put(ascii("XYZ "));
        b.putShort((short) 2026).putShort((short) 1).putShort((short) 1).putShort((short) 0)
                .putShort((short) 0).putShort((short) 0);   // creation date: fixed, for reproducible files
        b.put(ascii("acsp"));
        b.position(64).putInt(0);   // rendering intent: perceptual
        for (double v : D50) {
            b.putInt(s15f16(v));   // the connection space's illuminant
        }
        b.position(128).putInt(sigs.length);
        for (int i = 0; i < sigs.length; i++) {
            b.put(ascii(sigs[i])).putInt(offset[i]).putInt(size[i]);
        }
        b.put(body.toByteArray());
        return b.array();
    }

    private static byte[] desc(String name) {
        byte[] n = ascii(name);
        ByteBuffer b = ByteBuffer.allocate(12 + n.length + 1 + 4 + 4 + 2 + 1 + 67);
        b.put(ascii("desc")).putInt(0).putInt(n.length + 1).put(n).put((byte) 0);
        return b.array();   // no Unicode or ScriptCode description: the rest stays zero
    }

    private static byte[] text(String s) {
        byte[] t = ascii(s);
        return ByteBuffer.allocate(8 + t.length + 1).put(ascii("text")).putInt(0).put(t).array();
    }

    private static byte[] xyz(double[] v) {
        return ByteBuffer.allocate(20).put(ascii("XYZ ")).putInt(0)
                .putInt(s15f16(v[0])).putInt(s15f16(v[1])).putInt(s15f16(v[2])).array();
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

    private static int s15f16(double v) {
        return (int) Math.round(v * 65536);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
