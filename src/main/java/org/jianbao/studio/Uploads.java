package org.jianbao.studio;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What an upload must be before the studio keeps it: judged by its content, never by its name.
 * A picture is a PNG or JPEG (by its first bytes) that decodes completely and has at most
 * {@value #MAX_PIXELS} pixels (read from the header before any decoding, so a small file that
 * claims a huge picture is refused at once); a Word file is a ZIP holding {@code word/document.xml}.
 */
final class Uploads {
    static final int MAX_PICTURE_BYTES = 20 << 20;
    static final int MAX_WORD_BYTES = 30 << 20;
    /**
     * Stricter than the typesetter's 100 million: the studio decodes the whole picture in memory
     * to prove it is whole. 50 million is 8,660 × 5,774, well beyond a phone photo's 12–48 million.
     */
    static final long MAX_PIXELS = 50_000_000L;
    private static final int MAX_ZIP_ENTRIES = 10_000;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private Uploads() {
    }

    /** A checked picture: {@code png} or {@code jpg}, and its size in pixels. */
    record Picture(String extension, int width, int height) {
    }

    /** One picture decode at a time: a burst of uploads cannot take all the memory. */
    private static final Object DECODING = new Object();

    static Picture picture(byte[] bytes) {
        String format = starts(bytes, PNG) ? "png" : starts(bytes, JPEG) ? "jpeg" : null;
        if (format == null) {
            throw Refusal.unsupported("这不是 PNG 或 JPEG 图片（按文件内容判断，与文件名无关）。"
                    + "请在看图软件里另存为 PNG 或 JPEG 后再上传。");
        }
        synchronized (DECODING) {
            try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
                Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
                ImageReader r = readers.next();
                try {
                    r.setInput(in, true, true);
                    int w = r.getWidth(0);
                    int h = r.getHeight(0);
                    if (w <= 0 || h <= 0) {
                        throw Refusal.unprocessable("图片没有像素");
                    }
                    if ((long) w * h > MAX_PIXELS) {
                        throw Refusal.unprocessable("图片有 " + w + "×" + h + " 像素，超过了 " + MAX_PIXELS / 1_000_000
                                + " 百万像素的上限；请缩小后再上传（印刷时一栏宽约 1850 像素就足够清晰）。");
                    }
                    decode(r, format);
                    return new Picture(format.equals("png") ? "png" : "jpg", w, h);
                } finally {
                    r.dispose();
                }
            } catch (IOException | RuntimeException e) {
                if (e instanceof Refusal refusal) {
                    throw refusal;
                }
                throw Refusal.unprocessable("图片已损坏或不完整，无法读取；请重新保存为 PNG 或 JPEG 后再上传。");
            }
        }
    }

    /** Decodes every pixel (a damaged file is found now, not when the PDF is written). */
    private static void decode(ImageReader r, String format) throws IOException {
        try {
            r.read(0);
        } catch (javax.imageio.IIOException e) {
            if (!format.equals("jpeg")) {
                throw e;
            }
            r.readRaster(0, null);   // a CMYK JPEG: Java's reader gives its raster, not an RGB image
        }
    }

    /** Checks a Word upload saved at {@code file}. */
    static void word(byte[] head, Path file) {
        if (starts(head, OLE)) {
            throw Refusal.unsupported("这是旧版 Word（.doc）或 WPS（.wps）文件；请在 Word 或 WPS 里“另存为”.docx 后再导入。");
        }
        if (!starts(head, ZIP)) {
            throw Refusal.unsupported("这不是 Word 文档（.docx）；请在 Word 或 WPS 里“另存为”.docx 后再导入。");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ZIP_ENTRIES) {
                throw Refusal.unprocessable("这个 .docx 文件结构异常（条目过多），无法导入。");
            }
            if (zip.getEntry("word/document.xml") == null) {
                throw Refusal.unsupported("这个 ZIP 文件不是 Word 文档（缺少 word/document.xml）；请在 Word 或 WPS 里另存为 .docx。");
            }
        } catch (IOException e) {
            throw Refusal.unprocessable("这个 .docx 文件已损坏，无法打开；请在 Word 或 WPS 里重新保存后再导入。");
        }
    }

    /**
     * A file name for a kept picture: the uploaded name's letters and digits (or {@code picture}),
     * then a short hash of the content, so two different pictures never share a name and the same
     * picture uploaded twice is kept once.
     */
    static String pictureName(String uploaded, String extension, byte[] bytes) {
        String base = uploaded == null ? "" : uploaded.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
        base = base.replaceAll("[^\\p{L}\\p{N}_-]+", "-").replaceAll("^-+|-+$", "").toLowerCase(Locale.ROOT);
        if (base.length() > 40) {
            base = base.substring(0, 40);
        }
        if (base.isEmpty()) {
            base = "picture";
        }
        return base + "-" + Documents.version(bytes).substring(0, 8) + "." + extension;
    }

    private static boolean starts(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether a stored file is a picture the studio may serve (by content). */
    static String pictureType(Path file) throws IOException {
        byte[] head = new byte[8];
        try (var in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, 8);
            if (n < 3) {
                return null;
            }
        }
        return starts(head, PNG) ? "image/png" : starts(head, JPEG) ? "image/jpeg" : null;
    }
}
