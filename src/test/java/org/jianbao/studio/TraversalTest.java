package org.jianbao.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No file outside the workspace is read or written, whatever the browser sends: {@code ../},
 * encoded or not, absolute paths, hidden folders, and symbolic links that lead out (judged by
 * real path).
 */
class TraversalTest {
    @TempDir
    Path tmp;
    StudioFixture s;
    Path secret;

    @BeforeEach
    void start() throws IOException {
        s = StudioFixture.samples(tmp);
        secret = tmp.resolve("secret.json");
        Files.writeString(secret, "{\"profile\": \"x\", \"secret\": \"SECRET-CONTENT-42\"}");
        Files.write(tmp.resolve("secret.png"), Uploaded.png(10, 10));
    }

    @AfterEach
    void stop() {
        s.close();
    }

    private void refused(String path) {
        var r = s.get(path);
        assertTrue(r.statusCode() == 403 || r.statusCode() == 404 || r.statusCode() == 400 || r.statusCode() == 415,
                path + " answered " + r.statusCode() + ": " + r.body());
        assertFalse(r.body().contains("SECRET-CONTENT-42"), path + " leaked the file");
    }

    @Test
    void dotDotIsRefusedPlainOrEncoded() {
        refused("/api/issue?id=../secret.json");
        refused("/api/issue?id=%2e%2e%2fsecret.json");
        refused("/api/issue?id=%2E%2E/secret.json");
        refused("/api/issue?id=profiles/../../secret.json");
        refused("/api/issue?id=..%5csecret.json");
        refused("/api/history?id=../secret.json");
        refused("/api/pdf?id=../secret.json");
        refused("/api/check?id=..%2Fsecret.json");
    }

    @Test
    void absoluteAndOddNamesAreRefused() {
        refused("/api/issue?id=" + StudioFixture.q(secret.toString()));
        refused("/api/issue?id=%2Fetc%2Fpasswd");
        refused("/api/issue?id=C:%5Cwindows%5Cwin.ini");
        refused("/api/issue?id=zhejiang-2020-07.json%00.png");
        refused("/api/issue?id=.history/zhejiang-2020-07.json");
        refused("/api/issue?id=");
    }

    @Test
    void aSymbolicLinkOutOfTheWorkspaceIsRefused() throws IOException {
        Files.createSymbolicLink(s.workspace.resolve("link.json"), secret);
        refused("/api/issue?id=link.json");
        Files.createSymbolicLink(s.workspace.resolve("outside"), tmp);
        refused("/api/issue?id=outside/secret.json");
        var put = s.send(s.request("/api/issue?id=link.json").header("If-Match", "x")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"data\":{\"profile\":\"p\"}}")).build());
        assertEquals(403, put.statusCode());
        assertTrue(Files.readString(secret).contains("SECRET-CONTENT-42"), "the file outside is untouched");
        assertFalse(s.get("/api/issues").body().contains("secret"), "the list does not follow links out");
    }

    @Test
    void aPictureOutsideTheWorkspaceIsNotShown() throws IOException {
        String id = "zhejiang-2020-07.json";
        refused("/api/picture?id=" + id + "&src=../secret.png");
        refused("/api/picture?id=" + id + "&src=" + StudioFixture.q(tmp.resolve("secret.png").toString()));
        refused("/api/picture?id=" + id + "&src=images%2F..%2F..%2Fsecret.png");
        Files.createSymbolicLink(s.workspace.resolve("images/link.png"), tmp.resolve("secret.png"));
        refused("/api/picture?id=" + id + "&src=images/link.png");
        refused("/api/picture?id=" + id + "&src=zhejiang-2020-07.json");
    }

    @Test
    void anImagesFolderLeadingOutIsNotWrittenTo() throws IOException {
        Path images = s.workspace.resolve("images");
        FileSafety.deleteTree(images);
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(images, elsewhere);
        var r = s.send(s.request("/api/picture?id=zhejiang-2020-07.json").POST(HttpRequest.BodyPublishers.ofByteArray(
                Uploaded.png(20, 20))).build());
        assertEquals(403, r.statusCode(), r.body());
        try (var files = Files.list(elsewhere)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void staticFilesComeOnlyFromTheEditorsOwnFolder() {
        refused("/static/../../../pom.xml");
        refused("/static/%2e%2e/%2e%2e/Studio.class");
        refused("/static/js/../../studio/Gate.class");
        refused("/static/index.html%00.js");
    }

    @Test
    void profilesAreOnlyTheWorkspacesOwn() {
        refused("/api/profile?id=../secret.json");
        refused("/api/profile?id=zhejiang-2020-07.json");
    }
}
