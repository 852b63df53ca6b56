package org.jianbao.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Files kept in memory, by suffix, in the order written: for a resident process and for tests. */
public final class MemoryOutput implements Output {
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    @Override
    public void file(String suffix, Content content) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        content.writeTo(b);
        files.put(suffix, b.toByteArray());
    }

    /** The files written, by suffix. */
    public Map<String, byte[]> files() {
        return files;
    }

    /** The one file of {@code suffix}. */
    public byte[] get(String suffix) {
        byte[] b = files.get(suffix);
        if (b == null) {
            throw new IllegalStateException("no file " + suffix + " was written");
        }
        return b;
    }
}
