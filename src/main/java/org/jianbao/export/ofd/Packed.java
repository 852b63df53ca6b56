package org.jianbao.export.ofd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A zip entry's content deflated as soon as it is made (at the best level, as {@link OfdZip}
 * writes it), with the CRC and size of what it holds: a huge document's page files are kept in
 * memory a tenth as large, and written into the package as they are. Its bytes can be read back
 * for the package's digest without being held whole again.
 */
final class Packed {
    private final byte[] deflated;
    private final long crc;
    private final long size;

    private Packed(byte[] deflated, long crc, long size) {
        this.deflated = deflated;
        this.crc = crc;
        this.size = size;
    }

    /** {@code bytes} packed. */
    static Packed of(byte[] bytes) throws IOException {
        Packer p = new Packer();
        p.write(bytes);
        return p.packed();
    }

    byte[] deflated() {
        return deflated;
    }

    long crc() {
        return crc;
    }

    /** The size of the content, unpacked. */
    long size() {
        return size;
    }

    /** Feeds the unpacked content to {@code md}, a piece at a time. */
    void digest(MessageDigest md) {
        Inflater inf = new Inflater(true);
        try {
            inf.setInput(deflated);
            byte[] buf = new byte[1 << 16];
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    throw new IllegalStateException("a packed entry ends early");
                }
                md.update(buf, 0, n);
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("a packed entry cannot be read back", e);
        } finally {
            inf.end();
        }
    }

    /** Content written to it is packed as it comes; {@link #packed} when it is complete. */
    static final class Packer extends OutputStream {
        private final Deflater def = new Deflater(Deflater.BEST_COMPRESSION, true);
        private final CRC32 crc = new CRC32();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final byte[] buf = new byte[1 << 14];
        private long size;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (len == 0) {
                return;
            }
            crc.update(b, off, len);
            size += len;
            def.setInput(b, off, len);
            while (!def.needsInput()) {
                drain();
            }
        }

        private void drain() {
            int n = def.deflate(buf, 0, buf.length);
            out.write(buf, 0, n);
        }

        Packed packed() {
            def.finish();
            while (!def.finished()) {
                drain();
            }
            def.end();
            return new Packed(out.toByteArray(), crc.getValue(), size);
        }
    }
}
