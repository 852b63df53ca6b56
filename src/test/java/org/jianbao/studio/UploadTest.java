package org.jianbao.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads are judged by content and size, never by name: a program renamed .png, a picture
 * claiming 400 million pixels, a cut-off file, an old .doc, a ZIP that is no Word file, and
 * anything over the size limit are refused, and nothing of them is kept.
 */
class UploadTest {
    private static final String PICTURE = "/api/picture?id=zhejiang-2020-07.json";

    @TempDir
    Path tmp;
    StudioFixture s;

    @BeforeEach
    void start() throws IOException {
        s = StudioFixture.samples(tmp);
    }

    @AfterEach
    void stop() {
        s.close();
    }

    private HttpResponse<String> upload(String path, byte[] body, String name) {
        return s.send(s.request(path).header("X-File-Name", name).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private long images() throws IOException {
        try (var l = Files.list(s.workspace.resolve("images"))) {
            return l.count();
        }
    }

    @Test
    void aProgramRenamedPngIsRefused() throws IOException {
        long before = images();
        var r = upload(PICTURE, Uploaded.exe(), "photo.png");
        assertEquals(415, r.statusCode(), r.body());
        assertTrue(r.body().contains("不是 PNG 或 JPEG"), r.body());
        assertEquals(before, images(), "nothing kept");
    }

    @Test
    void aPngBombIsRefusedFromItsHeader() throws IOException {
        long t0 = System.nanoTime();
        var r = upload(PICTURE, Uploaded.pngBomb(), "bomb.png");
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("20000×20000"), r.body());
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 5_000, "refused before decoding");
    }

    @Test
    void aCutOffPictureIsRefused() throws IOException {
        byte[] png = Uploaded.png(400, 300);
        var r = upload(PICTURE, Arrays.copyOf(png, png.length / 2), "cut.png");
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("损坏"), r.body());
    }

    @Test
    void anUploadOverTheLimitIsRefused() throws IOException {
        byte[] big = Arrays.copyOf(Uploaded.png(100, 100), Uploads.MAX_PICTURE_BYTES + 1);
        var r = upload(PICTURE, big, "big.png");
        assertEquals(413, r.statusCode(), r.body());
    }

    @Test
    void anOldWordFileOrAnotherZipIsNotImported() throws IOException {
        String version = ApiTest.json(s.get("/api/issue?id=zhejiang-2020-07.json")).path("version").asText();
        var doc = s.send(s.request("/api/import?id=zhejiang-2020-07.json&section=0").header("If-Match", "\"" + version + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Uploaded.oldWord())).build());
        assertEquals(415, doc.statusCode(), doc.body());
        assertTrue(doc.body().contains(".docx"), doc.body());
        var zip = s.send(s.request("/api/import?id=zhejiang-2020-07.json&section=0").header("If-Match", "\"" + version + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Uploaded.otherZip())).build());
        assertEquals(415, zip.statusCode(), zip.body());
        var exe = s.send(s.request("/api/import?id=zhejiang-2020-07.json&section=0").header("If-Match", "\"" + version + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Uploaded.exe())).build());
        assertEquals(415, exe.statusCode(), exe.body());
    }

    @Test
    void aWordFileOverTheLimitIsRefused() throws IOException {
        String version = ApiTest.json(s.get("/api/issue?id=zhejiang-2020-07.json")).path("version").asText();
        var r = s.send(s.request("/api/import?id=zhejiang-2020-07.json&section=0").header("If-Match", "\"" + version + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[Uploads.MAX_WORD_BYTES + 1])).build());
        assertEquals(413, r.statusCode(), r.body());
    }

    @Test
    void aKeptPictureIsNamedAfterTheUploadAndItsContent() {
        String name = Uploads.pictureName("C:\\照片\\会议 现场 (1).JPG", "jpg", new byte[] {1, 2, 3});
        assertTrue(name.matches("会议-现场-1-[0-9a-f]{8}\\.jpg"), name);
        assertTrue(Uploads.pictureName("../../x.png", "png", new byte[] {1}).matches("x-[0-9a-f]{8}\\.png"));
        assertTrue(Uploads.pictureName(null, "png", new byte[] {1}).startsWith("picture-"));
    }
}
