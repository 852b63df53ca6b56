package org.jianbao.export.ofd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: the OFD package takes page files deflated as they were made ({@link Packed}), which
 * {@code ZipOutputStream} cannot; {@link OfdZip} writes the records itself and must give exactly
 * the bytes that stream gave for the same entries (the OFDs stay byte for byte what they were).
 */
class OfdZipTest {
    private static final LocalDate DATE = LocalDate.of(2020, 7, 31);

    private static byte[] xml(int n) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ofd:Page>");
        Random r = new Random(n);
        for (int i = 0; i < n; i++) {
            s.append("<ofd:TextObject ID=\"").append(i).append("\">浙江省").append(r.nextInt(1000)).append("</ofd:TextObject>");
        }
        return s.append("</ofd:Page>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The package as java.util.zip wrote it before: deflated at the best level, pictures stored. */
    private static byte[] withZipOutputStream(byte[][] deflated, byte[] stored) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_COMPRESSION);
        for (int i = 0; i < deflated.length; i++) {
            ZipEntry e = new ZipEntry(i == 0 ? "OFD.xml" : "Doc_0/Pages/Page_" + i + "/内容.xml");
            e.setTimeLocal(DATE.atStartOfDay());
            e.setMethod(ZipEntry.DEFLATED);
            zip.putNextEntry(e);
            zip.write(deflated[i]);
            zip.closeEntry();
        }
        ZipEntry e = new ZipEntry("Doc_0/Res/image_1.png");
        e.setTimeLocal(DATE.atStartOfDay());
        e.setMethod(ZipEntry.STORED);
        e.setSize(stored.length);
        e.setCompressedSize(stored.length);
        CRC32 crc = new CRC32();
        crc.update(stored);
        e.setCrc(crc.getValue());
        zip.putNextEntry(e);
        zip.write(stored);
        zip.closeEntry();
        zip.finish();
        return out.toByteArray();
    }

    @Test
    void packedEntriesGiveTheBytesZipOutputStreamGave() throws Exception {
        byte[][] entries = {xml(3), xml(2000), new byte[0], xml(40_000)};
        byte[] picture = new byte[5000];
        new Random(1).nextBytes(picture);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OfdZip zip = new OfdZip(out, DATE);
        for (int i = 0; i < entries.length; i++) {
            String name = i == 0 ? "OFD.xml" : "Doc_0/Pages/Page_" + i + "/内容.xml";
            if (i % 2 == 0) {
                zip.deflated(name, entries[i]);
            } else {
                Packed.Packer p = new Packed.Packer();   // as a page is packed: written in pieces
                for (int k = 0; k < entries[i].length; k += 777) {
                    p.write(entries[i], k, Math.min(777, entries[i].length - k));
                }
                zip.deflated(name, p.packed());
            }
        }
        zip.stored("Doc_0/Res/image_1.png", picture);
        zip.close();
        assertArrayEquals(withZipOutputStream(entries, picture), out.toByteArray());
    }

    @Test
    void aPackedEntryIsDigestedAsItsContent() throws Exception {
        byte[] content = xml(30_000);
        MessageDigest whole = MessageDigest.getInstance("SHA-256");
        MessageDigest packed = MessageDigest.getInstance("SHA-256");
        whole.update(content);
        Packed p = Packed.of(content);
        p.digest(packed);
        assertArrayEquals(whole.digest(), packed.digest());
        assertEquals(content.length, p.size());
    }
}
