package org.jianbao.image;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Decoding and encoding pixels: a whole picture is decoded (so that a damaged file is found before
 * anything is written), every {@code step}-th pixel kept when fewer are needed; turned upright;
 * written again as PNG or JPEG.
 */
final class Pixels {
    /** JPEG quality of a picture written again (scaled, turned, converted): visually lossless in print. */
    private static final float JPEG_QUALITY = 0.9f;
    /**
     * Decoder warnings that mean lost pixels (a file cut short, a corrupt segment), as the JDK's and
     * TwelveMonkeys' JPEG readers word them; others (a missing colour profile) are not damage.
     */
    private static final java.util.regex.Pattern DAMAGE = java.util.regex.Pattern.compile(
            "(?i)premature|truncat|corrupt|missing eoi|bad huffman|unexpected end");

    private Pixels() {
    }

    /** The whole picture decoded, keeping every {@code step}-th pixel in both directions. */
    static BufferedImage decode(byte[] bytes, String format, int step) throws ImageStore.Unusable {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                throw new ImageStore.Unusable("cannot be decoded here: no " + format + " reader");
            }
            ImageReader r = readers.next();
            List<String> warnings = new ArrayList<>();
            try {
                r.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                r.setInput(in, true, true);
                ImageReadParam p = r.getDefaultReadParam();
                p.setSourceSubsampling(step, step, 0, 0);
                BufferedImage img = r.read(0, p);
                for (String w : warnings) {
                    if (DAMAGE.matcher(w).find() && !w.contains("extraneous bytes")) {
                        throw damaged(w);
                    }
                }
                return img;
            } finally {
                r.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw damaged(e.getMessage());
        }
    }

    private static ImageStore.Unusable damaged(String why) {
        return new ImageStore.Unusable("is damaged and cannot be read (" + why + "); save it again as PNG or JPEG");
    }

    /** The picture turned upright from EXIF orientation {@code o} (1–8). */
    static BufferedImage upright(BufferedImage img, int o) {
        if (o <= 1) {
            return img;
        }
        int w = img.getWidth();
        int h = img.getHeight();
        boolean swap = o >= 5;
        AffineTransform t = new AffineTransform();
        switch (o) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { }
        }
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, opaque(img)
                ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(img, t, null);
        g.dispose();
        return out;
    }

    private static boolean opaque(BufferedImage img) {
        return !img.getColorModel().hasAlpha();
    }

    /** The picture as a PNG (lossless: diagrams, screenshots) or as a JPEG (photos) of 8-bit RGB. */
    static byte[] encode(BufferedImage img, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format.equals("png")) {
            ImageIO.write(eightBit(img, img.getColorModel().hasAlpha()), "png", out);
            return out.toByteArray();
        }
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            w.setOutput(ios);
            ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(JPEG_QUALITY);
            w.write(null, new IIOImage(eightBit(img, false), null, null), p);
        } finally {
            w.dispose();
        }
        return out.toByteArray();
    }

    /** 8-bit RGB (or ARGB), whatever the decoder gave: 16-bit, indexed, grey with alpha. */
    private static BufferedImage eightBit(BufferedImage img, boolean alpha) {
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (img.getType() == type) {
            return img;
        }
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), type);
        Graphics2D g = out.createGraphics();
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return out;
    }
}
