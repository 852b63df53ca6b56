package org.jianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jianbao.image.StoredPicture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jianbao.importer.article.PictureStore;
import org.jianbao.importer.article.Report;

/**
 * EXIF orientation read in either byte order; pictures checked by content as render checks them
 * (the turning itself: image.ImageStoreTest, all eight orientations).
 */
class PicturesTest {
    @TempDir
    Path tmp;

    @Test
    void theOrientationTagIsReadInEitherByteOrderAndIsOneWithoutExif() throws Exception {
        byte[] plain = plainJpeg();
        assertEquals(1, StoredPicture.orientation(plain));
        assertEquals(6, StoredPicture.orientation(MemberDocx.withOrientation(plain, 6)));
        assertEquals(8, StoredPicture.orientation(MemberDocx.withOrientation(plain, 8)));
        byte[] little = MemberDocx.withOrientation(plain, 3);
        // the same segment written little-endian: II, 42, offset 8, one entry 0x0112 SHORT 1 value 3
        byte[] ii = {'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, 3, 0, 0, 0};
        System.arraycopy(ii, 0, little, 2 + 4 + 6, ii.length);
        assertEquals(3, StoredPicture.orientation(little));
        assertEquals(1, StoredPicture.orientation(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0, 2}));
        assertEquals(1, StoredPicture.orientation("not a jpeg".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    @Test
    void aWordDrawingIsLeftOutWithAWarningAndAGifIsSavedAsPng() throws Exception {
        PictureStore store = new PictureStore(tmp.resolve("images"), tmp, "x");
        Report report = new Report();
        assertNull(store.save(new byte[] {1, 0, 0, 0, 0x6C, 0, 0, 0}, "picture 1", report));
        assertTrue(report.warnings().get(0).contains("EMF or WMF"), report.warnings().toString());
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "gif", gif);
        PictureStore.Saved s = store.save(gif.toByteArray(), "picture 2", report);
        assertEquals("images/x-1.png", s.src());
        assertEquals(0x89, Files.readAllBytes(tmp.resolve(s.src()))[0] & 0xFF, "a PNG signature");
        assertNull(store.save(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2}, "picture 3", report));
        assertTrue(report.warnings().get(report.warnings().size() - 1).contains("picture 3"), report.warnings().toString());
        store.rollback();
        assertTrue(Files.notExists(tmp.resolve(s.src())));
    }

    private static byte[] plainJpeg() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "jpeg", out);
        return out.toByteArray();
    }
}
