package org.jianbao.studio;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Files for upload tests, made here: pictures, a Word file, and things disguised as them. */
final class Uploaded {
    private Uploaded() {
    }

    static byte[] png(int w, int h) throws IOException {
        return image("png", w, h);
    }

    static byte[] jpeg(int w, int h) throws IOException {
        return image("jpg", w, h);
    }

    private static byte[] image(String format, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0xE6, 0x00, 0x12));
        g.fillOval(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    /** A Windows program: "MZ", a DOS stub and padding — what a .exe renamed .png starts with. */
    static byte[] exe() {
        byte[] b = new byte[4096];
        b[0] = 'M';
        b[1] = 'Z';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, b, 78, stub.length);
        return b;
    }

    /**
     * A PNG bomb: a valid header claiming 20,000 × 20,000 pixels (400 million; 1.2 GB decoded) over
     * a few bytes of data.
     */
    static byte[] pngBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        java.io.DataOutputStream d = new java.io.DataOutputStream(ihdr);
        d.writeInt(20_000);
        d.writeInt(20_000);
        d.write(new byte[] {8, 2, 0, 0, 0});
        chunk(out, "IHDR", ihdr.toByteArray());
        java.util.zip.Deflater z = new java.util.zip.Deflater(9);
        z.setInput(new byte[1 << 20]);
        z.finish();
        byte[] buf = new byte[1 << 16];
        int n = z.deflate(buf);
        z.end();
        chunk(out, "IDAT", java.util.Arrays.copyOf(buf, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        java.io.DataOutputStream d = new java.io.DataOutputStream(out);
        d.writeInt(data.length);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }

    /** A minimal .docx: a ZIP with [Content_Types].xml and word/document.xml. */
    static byte[] docx() throws IOException {
        return zip("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>协会召开会员大会</w:t></w:r></w:p></w:body></w:document>");
    }

    /** A ZIP that is not a Word file. */
    static byte[] otherZip() throws IOException {
        return zip("readme.txt", "not a document");
    }

    private static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry(name));
            z.write(content.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out.toByteArray();
    }

    /** The first bytes of an old Word (.doc) file: the OLE compound document signature. */
    static byte[] oldWord() {
        byte[] b = new byte[1024];
        byte[] sig = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(sig, 0, b, 0, sig.length);
        return b;
    }
}
