package org.jianbao.studio;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A plain, fast PNG writer for preview pages (PNG, ISO/IEC 15948: 8-bit RGB, no interlace).
 * The JDK's writer tries every row filter and compresses hard, which costs more than drawing the
 * page; a page of text is mostly paper, so rows with the "Sub" filter and the fastest deflate
 * level give small files at a fraction of the time.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** Row filter type 1 (ISO/IEC 15948 §9.2): each byte minus the byte one pixel to its left. */
    private static final int SUB = 1;

    private PngEncoder() {
    }

    static byte[] encode(BufferedImage img) throws IOException {
        int w = img.getWidth();
        int h = img.getHeight();
        ByteArrayOutputStream idat = new ByteArrayOutputStream(w * h / 4 + 1024);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat, deflater, 1 << 16)) {
            int[] pixels = intPixels(img);
            int[] rgb = new int[w];
            byte[] row = new byte[1 + 3 * w];
            row[0] = SUB;
            for (int y = 0; y < h; y++) {
                if (pixels != null) {
                    System.arraycopy(pixels, y * w, rgb, 0, w);
                } else {
                    img.getRGB(0, y, w, 1, rgb, 0, w);
                }
                int pr = 0;
                int pg = 0;
                int pb = 0;
                for (int x = 0, i = 1; x < w; x++, i += 3) {
                    int r = (rgb[x] >> 16) & 0xFF;
                    int g = (rgb[x] >> 8) & 0xFF;
                    int b = rgb[x] & 0xFF;
                    row[i] = (byte) (r - pr);
                    row[i + 1] = (byte) (g - pg);
                    row[i + 2] = (byte) (b - pb);
                    pr = r;
                    pg = g;
                    pb = b;
                }
                z.write(row);
            }
        } finally {
            deflater.end();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(idat.size() + 64);
        DataOutputStream d = new DataOutputStream(out);
        d.write(SIGNATURE);
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream(13);
        DataOutputStream hd = new DataOutputStream(ihdr);
        hd.writeInt(w);
        hd.writeInt(h);
        hd.write(new byte[] {8, 2, 0, 0, 0});   // 8 bits, truecolour, deflate, adaptive filtering, no interlace
        chunk(d, "IHDR", ihdr.toByteArray());
        chunk(d, "IDAT", idat.toByteArray());
        chunk(d, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** The pixels of a plain packed-RGB image, read directly (no colour conversion per pixel); else {@code null}. */
    private static int[] intPixels(BufferedImage img) {
        if (img.getType() != BufferedImage.TYPE_INT_RGB && img.getType() != BufferedImage.TYPE_INT_ARGB) {
            return null;
        }
        if (!(img.getRaster().getDataBuffer() instanceof java.awt.image.DataBufferInt ints)
                || img.getRaster().getSampleModelTranslateX() != 0 || img.getRaster().getSampleModelTranslateY() != 0
                || !(img.getRaster().getSampleModel() instanceof java.awt.image.SinglePixelPackedSampleModel sm)
                || sm.getScanlineStride() != img.getWidth()) {
            return null;
        }
        return ints.getData();
    }

    private static void chunk(DataOutputStream d, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt(data.length);
        d.write(t);
        d.write(data);
        d.writeInt((int) crc.getValue());
    }
}
