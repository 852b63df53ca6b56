package org.jianbao.export.ofd;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The OFD container, a zip file (GB/T 33190-2016 §7, 文档结构), written so that the same entries always
 * give the same bytes: entries in the order given, every entry's time the issue date at midnight
 * in the DOS form alone (no extended timestamps, no time zone), and no comment. XML and fonts are
 * deflated at the best level, already {@link Packed} as they were made; pictures, already
 * compressed, are stored. The records are those {@code java.util.zip.ZipOutputStream} writes for
 * such entries (a deflated entry's sizes in a data descriptor after it, names in UTF-8), written
 * here because that stream can only deflate what it is given, not take content deflated before.
 */
final class OfdZip implements AutoCloseable {
    private static final int LOCSIG = 0x04034b50;
    private static final int EXTSIG = 0x08074b50;
    private static final int CENSIG = 0x02014b50;
    private static final int ENDSIG = 0x06054b50;
    private static final int DEFLATED = 8;
    private static final int STORED = 0;
    /** General purpose flags: sizes in a data descriptor (deflated entries), names in UTF-8. */
    private static final int DESCRIPTOR = 0x08;
    private static final int UTF8 = 0x800;
    /** The largest a field of the zip format without its 64-bit extension holds. */
    private static final long MAX = 0xFFFFFFFFL;

    private record Entry(byte[] name, int method, int flag, long crc, long csize, long size, long offset) {
    }

    private final OutputStream out;
    private final int dosTime;
    private final List<Entry> entries = new ArrayList<>();
    private long written;

    OfdZip(OutputStream out, LocalDate date) {
        this.out = out;
        // the DOS date field starts in 1980; midnight, so the time field is 0
        LocalDate d = date == null || date.getYear() < 1980 ? LocalDate.of(1980, 1, 1) : date;
        this.dosTime = (d.getYear() - 1980) << 25 | d.getMonthValue() << 21 | d.getDayOfMonth() << 16;
    }

    void deflated(String name, byte[] bytes) throws IOException {
        deflated(name, Packed.of(bytes));
    }

    void deflated(String name, Packed p) throws IOException {
        Entry e = new Entry(name.getBytes(StandardCharsets.UTF_8), DEFLATED, DESCRIPTOR | UTF8, p.crc(),
                p.deflated().length, p.size(), written);
        local(e, true);
        bytes(p.deflated());
        int32(EXTSIG);
        int32(e.crc());
        int32(e.csize());
        int32(e.size());
        entries.add(e);
    }

    void stored(String name, byte[] bytes) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        Entry e = new Entry(name.getBytes(StandardCharsets.UTF_8), STORED, UTF8, crc.getValue(), bytes.length,
                bytes.length, written);
        local(e, false);
        bytes(bytes);
        entries.add(e);
    }

    private static int version(Entry e) {
        return e.method() == DEFLATED ? 20 : 10;
    }

    /** The local file header; a deflated entry's CRC and sizes follow its data instead. */
    private void local(Entry e, boolean descriptor) throws IOException {
        if (e.csize() >= MAX || e.size() >= MAX || e.offset() >= MAX) {
            throw new IOException("the OFD package would pass 4 GB, the most a zip file without its 64-bit extension"
                    + " holds");
        }
        int32(LOCSIG);
        int16(version(e));
        int16(e.flag());
        int16(e.method());
        int32(dosTime);
        int32(descriptor ? 0 : e.crc());
        int32(descriptor ? 0 : e.csize());
        int32(descriptor ? 0 : e.size());
        int16(e.name().length);
        int16(0);
        bytes(e.name());
    }

    @Override
    public void close() throws IOException {
        if (entries.size() >= 0xFFFF) {
            throw new IOException("the OFD package would have " + entries.size() + " files, more than a zip file"
                    + " without its 64-bit extension holds");
        }
        long start = written;
        for (Entry e : entries) {
            int32(CENSIG);
            int16(version(e));   // made by: the version needed, no file attributes
            int16(version(e));
            int16(e.flag());
            int16(e.method());
            int32(dosTime);
            int32(e.crc());
            int32(e.csize());
            int32(e.size());
            int16(e.name().length);
            int16(0);   // extra field
            int16(0);   // comment
            int16(0);   // disk
            int16(0);   // internal attributes
            int32(0);   // external attributes
            int32(e.offset());
            bytes(e.name());
        }
        long length = written - start;
        if (start >= MAX || length >= MAX) {
            throw new IOException("the OFD package would pass 4 GB, the most a zip file without its 64-bit extension"
                    + " holds");
        }
        int32(ENDSIG);
        int16(0);
        int16(0);
        int16(entries.size());
        int16(entries.size());
        int32(length);
        int32(start);
        int16(0);
        out.flush();
    }

    private void int16(int v) throws IOException {
        out.write(v & 0xff);
        out.write((v >>> 8) & 0xff);
        written += 2;
    }

    private void int32(long v) throws IOException {
        out.write((int) (v & 0xff));
        out.write((int) ((v >>> 8) & 0xff));
        out.write((int) ((v >>> 16) & 0xff));
        out.write((int) ((v >>> 24) & 0xff));
        written += 4;
    }

    private void bytes(byte[] b) throws IOException {
        out.write(b);
        written += b.length;
    }
}
