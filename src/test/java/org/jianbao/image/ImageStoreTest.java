package org.jianbao.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jianbao.TestFonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pictures as print needs them (docs/descriptor.md "Pictures"): upright whatever the camera's EXIF
 * orientation, no more pixels than 300 dpi at their placed size, RGB, checked by content.
 */
class ImageStoreTest {
    @TempDir
    Path dir;

    /** An upright 200×300 picture: red in the top-left quarter, blue in the bottom-right, white between. */
    private static BufferedImage upright() {
        BufferedImage img = new BufferedImage(200, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 300);
        g.setColor(Color.RED);
        g.fillRect(0, 0, 100, 150);
        g.setColor(Color.BLUE);
        g.fillRect(100, 150, 100, 150);
        g.dispose();
        return img;
    }

    /** What a camera stores for an upright picture it records with EXIF orientation {@code o}. */
    private static BufferedImage stored(BufferedImage up, int o) {
        int w = up.getWidth();
        int h = up.getHeight();
        boolean swap = o >= 5;
        AffineTransform t = new AffineTransform();
        // the inverse of what a viewer does for orientation o
        switch (o) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(0, w); t.rotate(-Math.PI / 2); }
            case 7 -> { t.translate(h, w); t.rotate(Math.PI / 2); t.scale(-1, 1); }
            case 8 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            default -> { }
        }
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(up, t, null);
        g.dispose();
        return out;
    }

    /** A JPEG of {@code img} with an EXIF APP1 segment recording orientation {@code o}. */
    private static byte[] jpegWithOrientation(BufferedImage img, int o) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", b);
        byte[] jpeg = b.toByteArray();
        ByteBuffer tiff = ByteBuffer.allocate(26);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8).putShort((short) 1)
                .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) o).putShort((short) 0).putInt(0);
        byte[] exif = "Exif\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        int len = 2 + exif.length + tiff.capacity();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (len >> 8), (byte) len});
        out.write(exif);
        out.write(tiff.array());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static boolean near(int rgb, Color c) {
        Color p = new Color(rgb);
        return Math.abs(p.getRed() - c.getRed()) < 60 && Math.abs(p.getGreen() - c.getGreen()) < 60
                && Math.abs(p.getBlue() - c.getBlue()) < 60;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void aPhotoIsTurnedUprightByItsExifOrientation(int o) throws Exception {
        Path f = dir.resolve("photo.jpg");
        Files.write(f, jpegWithOrientation(stored(upright(), o), o));
        ImageStore store = new ImageStore();
        assertEquals(200, store.inspect(f).width(), "upright width");
        assertEquals(300, store.inspect(f).height(), "upright height");
        ImageFile img = store.prepare(f, 200 * 72.0 / 300);   // placed at its own size: nothing to scale
        BufferedImage got = ImageIO.read(new ByteArrayInputStream(img.bytes()));
        assertEquals(200, got.getWidth());
        assertEquals(300, got.getHeight());
        assertTrue(near(got.getRGB(40, 60), Color.RED), "red at the top left, orientation " + o);
        assertTrue(near(got.getRGB(160, 240), Color.BLUE), "blue at the bottom right, orientation " + o);
        assertTrue(near(got.getRGB(160, 60), Color.WHITE), "white at the top right, orientation " + o);
    }

    @Test
    void aPictureThatNeedsNoChangeIsEmbeddedAsItsOwnBytes() throws Exception {
        Path f = TestFonts.home().resolve("issues/images/zhuolang-queue-system.png");
        ImageStore store = new ImageStore();
        ImageFile img = store.prepare(f, 360);   // 1,200 px over 5 inches: 240 dpi, under 300
        assertSame(store.inspect(f).bytes(), img.bytes());
    }

    @Test
    void aPictureFarLargerThanPrintNeedsIsScaledToAboutThreeHundredDpi() throws Exception {
        BufferedImage big = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Path f = dir.resolve("big.png");
        ImageIO.write(big, "png", f.toFile());
        ImageFile img = new ImageStore().prepare(f, 144);   // two inches wide: 600 px at 300 dpi
        BufferedImage got = ImageIO.read(new ByteArrayInputStream(img.bytes()));
        assertTrue(got.getWidth() >= 600 && got.getWidth() < 1200, "width " + got.getWidth());
        assertEquals("png", img.format());
    }

    @Test
    void aCmykJpegIsWrittenAgainAsRgb() throws Exception {
        Path f = TestFonts.home().resolve("src/test/resources/hostile/106-jpeg-cmyk/cmyk.jpg");
        ImageStore store = new ImageStore();
        assertEquals(4, store.inspect(f).components());
        ImageFile img = store.prepare(f, 100);
        BufferedImage got = ImageIO.read(new ByteArrayInputStream(img.bytes()));
        assertEquals(3, got.getColorModel().getNumComponents(), "RGB");
        assertEquals(3, JpegHeader.of(img.bytes()).components());
    }

    @Test
    void formatIsDecidedByContentNotByName() throws Exception {
        BufferedImage img = upright();
        Path gif = dir.resolve("really-a-gif.png");
        ImageIO.write(img, "gif", gif.toFile());
        ImageStore.Unusable e = assertThrows(ImageStore.Unusable.class, () -> new ImageStore().inspect(gif));
        assertTrue(e.getMessage().startsWith("is not a PNG or JPEG image"), e.getMessage());
        Path png = dir.resolve("really-a-png.jpg");
        ImageIO.write(img, "png", png.toFile());
        assertEquals("png", new ImageStore().inspect(png).format());
    }

    @Test
    void aChangedFileIsReadAgain() throws Exception {
        Path f = dir.resolve("p.png");
        ImageIO.write(upright(), "png", f.toFile());
        ImageStore store = new ImageStore();
        assertEquals(200, store.inspect(f).width());
        ImageIO.write(new BufferedImage(50, 40, BufferedImage.TYPE_INT_RGB), "png", f.toFile());
        Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertEquals(50, store.inspect(f).width());
    }
}
