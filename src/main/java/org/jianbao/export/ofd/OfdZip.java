package org.jianbao.export.ofd;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The OFD container, a zip file (GB/T 33190-2016 §7, 文档结构), written so that the same entries always
 * give the same bytes: entries in the order given, every entry's time the issue date at midnight
 * in the DOS form alone (no extended timestamps, no time zone), and no comment. XML and fonts are
 * deflated at the best level; pictures, already compressed, are stored.
 */
final class OfdZip implements AutoCloseable {
    private final ZipOutputStream zip;
    private final LocalDateTime time;

    OfdZip(OutputStream out, LocalDate date) {
        this.zip = new ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8);
        this.zip.setLevel(Deflater.BEST_COMPRESSION);
        // the DOS date field starts in 1980
        LocalDate d = date == null || date.getYear() < 1980 ? LocalDate.of(1980, 1, 1) : date;
        this.time = d.atStartOfDay();
    }

    void deflated(String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(time);
        e.setMethod(ZipEntry.DEFLATED);
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    void stored(String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(time);
        e.setMethod(ZipEntry.STORED);
        e.setSize(bytes.length);
        e.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        e.setCrc(crc.getValue());
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    @Override
    public void close() throws IOException {
        zip.finish();
        zip.flush();
    }
}
