package org.jianbao.export.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The file layout of an ICC version 2.1 profile, shared by the profiles made here ({@link SrgbProfile},
 * {@link CmykProfile}): the 128-byte header with a fixed creation date (reproducible files), the tag
 * table, and the tags' data, each on a four-byte boundary; and the small tag types both use.
 */
final class IccProfile {
    private IccProfile() {
    }

    /** The D50 illuminant of the profile connection space. */
    static final double[] D50 = {0.9642, 1.0, 0.8249};

    /**
     * A whole profile of device class {@code deviceClass} (e.g. "mntr"), data colour space
     * {@code colourSpace} and connection space {@code pcs}; tag {@code sigs[i]} holds {@code data[i]},
     * or, where that is null, shares the data of the tag before it.
     */
    static byte[] assemble(String deviceClass, String colourSpace, String pcs, String[] sigs, byte[][] data) {
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
        b.put(ascii(deviceClass)).put(ascii(colourSpace)).put(ascii(pcs));
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

    /** A {@code desc} tag with an ASCII name only: no Unicode or ScriptCode description, the rest zero. */
    static byte[] desc(String name) {
        byte[] n = ascii(name);
        ByteBuffer b = ByteBuffer.allocate(12 + n.length + 1 + 4 + 4 + 2 + 1 + 67);
        b.put(ascii("desc")).putInt(0).putInt(n.length + 1).put(n).put((byte) 0);
        return b.array();
    }

    static byte[] text(String s) {
        byte[] t = ascii(s);
        return ByteBuffer.allocate(8 + t.length + 1).put(ascii("text")).putInt(0).put(t).array();
    }

    static byte[] xyz(double[] v) {
        return ByteBuffer.allocate(20).put(ascii("XYZ ")).putInt(0)
                .putInt(s15f16(v[0])).putInt(s15f16(v[1])).putInt(s15f16(v[2])).array();
    }

    static int s15f16(double v) {
        return (int) Math.round(v * 65536);
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
