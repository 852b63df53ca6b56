package org.jianbao.font;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/** The table records of one face: tag → a slice of the file holding that table. */
final class TableDirectory {
    private final ByteBuffer data;
    private final Map<String, int[]> tables = new HashMap<>();

    TableDirectory(ByteBuffer data, int offset) throws IOException {
        this.data = data;
        int numTables = Short.toUnsignedInt(data.getShort(offset + 4));
        for (int i = 0; i < numTables; i++) {
            int rec = offset + 12 + 16 * i;
            byte[] tag = new byte[4];
            data.get(rec, tag);
            int tableOffset = data.getInt(rec + 8);
            int length = data.getInt(rec + 12);
            if (tableOffset < 0 || length < 0 || (long) tableOffset + length > data.limit()) {
                throw new IOException("a table lies outside the file: the file is damaged or cut short");
            }
            tables.put(new String(tag, java.nio.charset.StandardCharsets.US_ASCII), new int[] {tableOffset, length});
        }
    }

    boolean has(String tag) {
        return tables.containsKey(tag);
    }

    /** The table {@code tag} as a big-endian buffer positioned at 0. */
    ByteBuffer table(String tag) throws IOException {
        int[] r = tables.get(tag);
        if (r == null) {
            throw new IOException("no '" + tag + "' table");
        }
        return data.slice(r[0], r[1]).order(java.nio.ByteOrder.BIG_ENDIAN);
    }
}
