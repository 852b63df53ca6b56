package org.jianbao.font;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OpenType file, mapped into memory: one face, or a collection ({@code ttcf}) of faces that
 * share tables. Only the table directory is read here; the tables are parsed on demand.
 */
final class SfntFile {
    private static final int TTCF = 0x74746366;

    private final Path path;
    private final ByteBuffer data;
    private final int[] faceOffsets;

    private SfntFile(Path path, ByteBuffer data) throws IOException {
        this.path = path;
        this.data = data;
        if (data.limit() < 12) {
            throw new IOException("too short for an OpenType font");
        }
        if (data.getInt(0) == TTCF) {
            int count = data.getInt(8);
            if (count <= 0 || count > 1000) {
                throw new IOException("bad font collection header");
            }
            faceOffsets = new int[count];
            for (int i = 0; i < count; i++) {
                faceOffsets[i] = data.getInt(12 + 4 * i);
            }
        } else {
            faceOffsets = new int[] {0};
        }
    }

    static SfntFile open(Path path) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer map = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
            return new SfntFile(path, map.order(ByteOrder.BIG_ENDIAN));
        }
    }

    Path path() {
        return path;
    }

    int faceCount() {
        return faceOffsets.length;
    }

    /** The table directory of face {@code index}. */
    TableDirectory directory(int index) throws IOException {
        return new TableDirectory(data, faceOffsets[index]);
    }
}
