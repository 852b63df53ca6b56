package org.jianbao.font;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small {@code name} table for a subset (OpenType spec, "name — Naming Table", format 0): the
 * Windows English records of the copyright, family, subfamily, unique, full, version and
 * PostScript names (ids 0–6) taken from the full font, so that the subset keeps the names and
 * the notice of its source without the long licence texts and the names in other languages.
 */
final class NameTableWriter {
    private static final int WINDOWS = 3;
    private static final int UNICODE_BMP = 1;
    private static final int EN_US = 0x409;

    private NameTableWriter() {
    }

    /** The records 0–6 of {@code full} (Windows, Unicode, US English); the full and PostScript names if missing. */
    static byte[] write(ByteBuffer full, String fullName, String postScriptName) {
        List<int[]> ids = new ArrayList<>();          // {name id, offset in strings, length}
        ByteArrayOutputStream strings = new ByteArrayOutputStream();
        int count = Short.toUnsignedInt(full.getShort(2));
        int stringsAt = Short.toUnsignedInt(full.getShort(4));
        boolean[] have = new boolean[7];
        for (int i = 0; i < count; i++) {
            int r = 6 + 12 * i;
            int platform = Short.toUnsignedInt(full.getShort(r));
            int encoding = Short.toUnsignedInt(full.getShort(r + 2));
            int language = Short.toUnsignedInt(full.getShort(r + 4));
            int id = Short.toUnsignedInt(full.getShort(r + 6));
            int length = Short.toUnsignedInt(full.getShort(r + 8));
            int offset = Short.toUnsignedInt(full.getShort(r + 10));
            if (platform != WINDOWS || encoding != UNICODE_BMP || language != EN_US || id > 6 || have[id]
                    || stringsAt + offset + length > full.limit()) {
                continue;
            }
            byte[] s = new byte[length];
            full.get(stringsAt + offset, s);
            ids.add(new int[] {id, strings.size(), length});
            strings.writeBytes(s);
            have[id] = true;
        }
        add(ids, strings, have, 4, fullName);
        add(ids, strings, have, 6, postScriptName);
        ids.sort((a, b) -> Integer.compare(a[0], b[0]));   // records sorted by name id, as the spec requires
        byte[] text = strings.toByteArray();
        ByteBuffer out = ByteBuffer.allocate(6 + 12 * ids.size() + text.length);
        out.putShort((short) 0).putShort((short) ids.size()).putShort((short) (6 + 12 * ids.size()));
        for (int[] r : ids) {
            out.putShort((short) WINDOWS).putShort((short) UNICODE_BMP).putShort((short) EN_US)
                    .putShort((short) r[0]).putShort((short) r[2]).putShort((short) r[1]);
        }
        out.put(text);
        return out.array();
    }

    private static void add(List<int[]> ids, ByteArrayOutputStream strings, boolean[] have, int id, String value) {
        if (have[id] || value == null) {
            return;
        }
        byte[] s = value.getBytes(StandardCharsets.UTF_16BE);
        ids.add(new int[] {id, strings.size(), s.length});
        strings.writeBytes(s);
        have[id] = true;
    }
}
