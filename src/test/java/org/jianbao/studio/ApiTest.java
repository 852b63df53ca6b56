package org.jianbao.studio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint of the studio, as the editor's page calls it, on a copy of the samples. */
class ApiTest {
    private static final String ZJ = "zhejiang-2020-07.json";

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

    static JsonNode json(HttpResponse<String> r) {
        return JsonFormat.parse(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private HttpResponse<String> put(String path, String version, String body) {
        HttpRequest.Builder b = s.request(path).PUT(HttpRequest.BodyPublishers.ofString(body));
        if (version != null) {
            b.header("If-Match", "\"" + version + "\"");
        }
        return s.send(b.build());
    }

    private HttpResponse<String> post(String path, byte[] body, String... headers) {
        HttpRequest.Builder b = s.request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return s.send(b.build());
    }

    @Test
    void thePageIsServedFromTheJarWithNoInlineScriptOrRemoteResource() {
        var page = s.get("/");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("<script type=\"module\" src=\"/static/js/main.js\"></script>"), "scripts by address only");
        assertFalse(html.matches("(?s).*<script(?![^>]*src=)[^>]*>.*"), "no inline script");
        assertFalse(html.matches("(?s).*\\son[a-z]+=.*"), "no inline event handler");
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("//cdn"), "nothing remote");
        var js = s.get("/static/js/main.js");
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertEquals(200, s.get("/static/studio.css").statusCode());
        assertEquals(404, s.get("/static/js/nothing.js").statusCode());
    }

    @Test
    void theScriptsNeverEvalNorWriteHtml() throws IOException {
        for (String name : new String[] {"main", "api", "dom", "store", "fields", "problems", "preview", "issues-page",
                "publication-page", "issue-page", "article-page", "blocks", "table-grid", "tsv", "sizes", "workbench"}) {
            String js = s.get("/static/js/" + name + ".js").body();
            assertFalse(js.isEmpty(), name);
            for (String banned : new String[] {"eval(", "new Function", "innerHTML =", "innerHTML=", "outerHTML",
                    "insertAdjacentHTML", "document.write", "http://", "https://"}) {
                assertFalse(js.contains(banned), name + ".js uses " + banned);
            }
        }
    }

    @Test
    void theWorkspaceListsItsProfiles() {
        JsonNode w = json(s.get("/api/workspace"));
        assertEquals("issues-folder", w.path("layout").asText());
        assertEquals(4, w.path("profiles").size());
        assertEquals("profiles/zhejiang.json", w.path("profiles").get(3).path("id").asText());
        assertEquals("浙江省软件和信息服务业简报", w.path("profiles").get(3).path("name").asText());
    }

    @Test
    void theIssueListGivesNumbersDatesAndPageCounts() {
        JsonNode list = json(s.get("/api/issues")).path("issues");
        assertEquals(4, list.size());
        JsonNode zj = null;
        for (JsonNode i : list) {
            if (i.path("id").asText().equals(ZJ)) {
                zj = i;
            }
        }
        assertEquals(2020, zj.path("year").asInt());
        assertEquals(7, zj.path("number").asInt());
        assertEquals(113, zj.path("total").asInt());
        assertEquals("2020-07-31", zj.path("date").asText());
        assertEquals(7, zj.path("pages").asInt());
        assertEquals(0, zj.path("errors").asInt());
    }

    @Test
    void aNewIssueFollowsThePreviousOne() {
        var r = s.send(s.request("/api/issues/next?from=" + ZJ).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(201, r.statusCode(), r.body());
        assertEquals("zhejiang-2020-08.json", json(r).path("id").asText());
        JsonNode next = json(s.get("/api/issue?id=zhejiang-2020-08.json")).path("data");
        assertEquals(8, next.path("number").asInt());
        assertEquals(114, next.path("total").asInt());
        assertEquals("2020-08-31", next.path("date").asText());
        assertEquals("profiles/zhejiang.json", next.path("profile").asText());
        assertEquals("行业要闻", next.path("sections").get(0).path("name").asText());
        assertEquals(0, next.path("sections").get(0).path("articles").size());
        var again = s.send(s.request("/api/issues/next?from=" + ZJ).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals("zhejiang-2020-08-2.json", json(again).path("id").asText(), "never over an existing file");
    }

    @Test
    void anIssueIsReadWithItsVersionAndSavedInTheSamplesLayout() throws IOException {
        var got = s.get("/api/issue?id=" + ZJ);
        JsonNode g = json(got);
        String version = g.path("version").asText();
        assertEquals("\"" + version + "\"", got.headers().firstValue("ETag").orElse(""));
        assertEquals("profiles/zhejiang.json", g.path("profile").asText());
        ObjectNode data = (ObjectNode) g.path("data");
        ((ObjectNode) data.path("sections").get(0).path("articles").get(0)).put("title", "新的标题");
        var saved = put("/api/issue?id=" + ZJ, version, "{\"data\":" + data + "}");
        assertEquals(200, saved.statusCode(), saved.body());
        String after = Files.readString(s.workspace.resolve(ZJ));
        assertTrue(after.contains("\"title\": \"新的标题\""), "written with the samples' spacing");
        String original = Files.readString(Path.of(System.getProperty("jianbao.home", ".")).resolve("issues").resolve(ZJ));
        assertEquals(original.replaceFirst("\"title\": \"[^\"]*\"", "\"title\": \"新的标题\""), after,
                "only the edited value differs; key order and layout kept");
        assertNotEquals(version, json(saved).path("version").asText());
    }

    @Test
    void savingWithNormaliseCorrectsThePunctuationAndSaysWhat() throws IOException {
        JsonNode g = json(s.get("/api/issue?id=" + ZJ));
        ObjectNode data = (ObjectNode) g.path("data");
        ((ObjectNode) data.path("sections").get(0).path("articles").get(0)).put("title", "协会召开理事会,部署全年工作");
        var saved = put("/api/issue?id=" + ZJ, g.path("version").asText(), "{\"data\":" + data + ",\"normalise\":true}");
        assertEquals(200, saved.statusCode(), saved.body());
        JsonNode answer = json(saved);
        assertEquals("协会召开理事会，部署全年工作",
                answer.path("data").path("sections").get(0).path("articles").get(0).path("title").asText(), saved.body());
        assertTrue(answer.path("changes").toString().contains(", → ，"), saved.body());
        assertTrue(Files.readString(s.workspace.resolve(ZJ)).contains("\"title\": \"协会召开理事会，部署全年工作\""),
                "the corrected text is what is saved");
    }

    @Test
    void aProfileIsReadAndSaved() throws IOException {
        JsonNode g = json(s.get("/api/profile?id=profiles/zhejiang.json"));
        ObjectNode data = (ObjectNode) g.path("data");
        data.put("editor", "浙江省软件行业协会秘书处");
        var saved = put("/api/profile?id=profiles/zhejiang.json", g.path("version").asText(), "{\"data\":" + data + "}");
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(Files.readString(s.workspace.resolve("profiles/zhejiang.json")).contains("\"editor\": \"浙江省软件行业协会秘书处\""));
        assertEquals(404, s.get("/api/profile?id=" + ZJ).statusCode(), "only the workspace's profiles");
    }

    @Test
    void theMastheadIsDrawnAsItWillPrint() {
        var r = s.send(s.request("/api/profile/preview?id=profiles/zhejiang.json").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, r.statusCode(), r.body());
        String hash = json(r).path("hash").asText();
        assertEquals(0, json(r).path("findings").size(), r.body());
        var png = s.getBytes("/api/masthead?id=profiles/zhejiang.json&hash=" + hash);
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        assertEquals((byte) 0x89, png.body()[0]);
    }

    @Test
    void aBrokenProfileGivesItsProblemsAtTheirFields() throws IOException {
        Path p = s.workspace.resolve("profiles/zhejiang.json");
        Files.writeString(p, Files.readString(p).replace("\"issueLine\"", "\"issueLien\""));
        var r = s.send(s.request("/api/profile/preview?id=profiles/zhejiang.json").POST(HttpRequest.BodyPublishers.noBody()).build());
        JsonNode findings = json(r).path("findings");
        assertTrue(json(r).path("hash").isNull(), r.body());
        assertTrue(findings.toString().contains("$.issueLien"), r.body());
        assertEquals("profiles/zhejiang.json", findings.get(0).path("file").asText(), "located in the workspace's profile");
    }

    @Test
    void thePreviewDrawsOnlyThePagesThatChanged() {
        JsonNode first = json(s.send(s.request("/api/preview?id=" + ZJ).POST(HttpRequest.BodyPublishers.noBody()).build()));
        assertEquals(7, first.path("pages").size());
        assertTrue(first.path("drawn").asInt() <= 7, "all drawn now, or some already by the start-up warm-up");
        JsonNode same = json(s.send(s.request("/api/preview?id=" + ZJ).POST(HttpRequest.BodyPublishers.noBody()).build()));
        assertEquals(0, same.path("drawn").asInt(), "nothing changed, nothing drawn");
        assertEquals(first.path("pages"), same.path("pages"));
        // one character changed in the body of the last article (its title would change the contents on page 1)
        JsonNode g = json(s.get("/api/issue?id=" + ZJ));
        ObjectNode data = (ObjectNode) g.path("data");
        JsonNode sections = data.path("sections");
        var body = (com.fasterxml.jackson.databind.node.ArrayNode) sections.get(sections.size() - 1).path("articles").get(0).path("body");
        body.set(0, com.fasterxml.jackson.databind.node.TextNode.valueOf(body.get(0).asText().replaceFirst(".$", "！")));
        assertEquals(200, put("/api/issue?id=" + ZJ, g.path("version").asText(), "{\"data\":" + data + "}").statusCode());
        JsonNode edited = json(s.send(s.request("/api/preview?id=" + ZJ).POST(HttpRequest.BodyPublishers.noBody()).build()));
        int drawn = edited.path("drawn").asInt();
        assertTrue(drawn >= 1 && drawn < 7, "drawn " + drawn + " of 7");
        assertEquals(first.path("pages").get(0), edited.path("pages").get(0), "page 1 kept its image");
        String hash = edited.path("pages").get(6).path("hash").asText();
        var png = s.getBytes("/api/page?id=" + ZJ + "&hash=" + hash);
        assertEquals(200, png.statusCode());
        assertEquals(hash, Documents.version(png.body()), "an image is known by the hash of its bytes");
        assertEquals(404, s.getBytes("/api/page?id=" + ZJ + "&hash=0000").statusCode());
    }

    @Test
    void anIssueWithErrorsKeepsItsLastGoodPagesAndSaysWhere() throws IOException {
        json(s.send(s.request("/api/preview?id=" + ZJ).POST(HttpRequest.BodyPublishers.noBody()).build()));
        Path p = s.workspace.resolve(ZJ);
        Files.writeString(p, Files.readString(p).replaceFirst("\"title\": \"[^\"]*\"", "\"title\": \"  \""));
        JsonNode r = json(s.send(s.request("/api/preview?id=" + ZJ).POST(HttpRequest.BodyPublishers.noBody()).build()));
        assertTrue(r.path("stale").asBoolean());
        assertEquals(7, r.path("pages").size(), "the last good pages stay");
        JsonNode f = r.path("findings").get(0);
        assertTrue(f.path("error").asBoolean());
        assertEquals("$.sections[0].articles[0].title", f.path("path").asText());
        assertEquals(ZJ, f.path("file").asText());
        JsonNode check = json(s.get("/api/check?id=" + ZJ)).path("findings");
        assertTrue(check.toString().contains("$.sections[0].articles[0].title"), check.toString());
        assertEquals(422, s.get("/api/pdf?id=" + ZJ).statusCode(), "no PDF of an issue with errors");
    }

    @Test
    void thePdfIsTheRenderedIssue() throws IOException {
        var r = s.getBytes("/api/pdf?id=" + ZJ);
        assertEquals(200, r.statusCode());
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"zhejiang-2020-07.pdf\""));
        assertEquals("%PDF", new String(r.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(r.body())) {
            assertEquals(7, doc.getNumberOfPages());
        }
    }

    @Test
    void renderWritesThePdfIntoTheWorkspacesOutputFolder() throws IOException {
        var r = s.send(s.request("/api/render?id=" + ZJ).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("output/zhejiang-2020-07.pdf", json(r).path("file").asText());
        assertEquals(7, json(r).path("pages").asInt());
        byte[] pdf = Files.readAllBytes(s.workspace.resolve("output/zhejiang-2020-07.pdf"));
        assertEquals(json(r).path("bytes").asLong(), pdf.length);
        assertEquals(4, json(s.get("/api/issues")).path("issues").size(), "output/ holds no issues");
    }

    @Test
    void aPictureIsUploadedIntoImagesAndShown() throws IOException {
        byte[] png = Uploaded.png(640, 480);
        var r = post("/api/picture?id=" + ZJ, png, "X-File-Name", "%E7%8E%B0%E5%9C%BA%20photo.PNG");
        assertEquals(201, r.statusCode(), r.body());
        String src = json(r).path("src").asText();
        assertTrue(src.matches("images/现场-photo-[0-9a-f]{8}\\.png"), src);
        assertEquals(640, json(r).path("width").asInt());
        assertArrayEquals(png, Files.readAllBytes(s.workspace.resolve(src)));
        var again = post("/api/picture?id=" + ZJ, png, "X-File-Name", "%E7%8E%B0%E5%9C%BA%20photo.PNG");
        assertEquals(src, json(again).path("src").asText(), "the same picture is kept once");
        var shown = s.getBytes("/api/picture?id=" + ZJ + "&src=" + StudioFixture.q(src));
        assertEquals(200, shown.statusCode());
        assertEquals("image/png", shown.headers().firstValue("Content-Type").orElse(""));
        var jpeg = post("/api/picture?id=" + ZJ, Uploaded.jpeg(320, 200), "X-File-Name", "a.jpeg");
        assertEquals(201, jpeg.statusCode(), jpeg.body());
        assertTrue(json(jpeg).path("src").asText().endsWith(".jpg"));
    }

    @Test
    void aWordFileIsCheckedAndHandedToTheImporter() throws Exception {
        String version = json(s.get("/api/issue?id=" + ZJ)).path("version").asText();
        byte[] word = Files.readAllBytes(org.jianbao.importer.MemberDocxAccess.write(tmp.resolve("member.docx")));
        var r = post("/api/import?id=" + ZJ + "&section=0&at=1", word, "If-Match", "\"" + version + "\"",
                "X-File-Name", "%E7%90%86%E4%BA%8B%E4%BC%9A.docx");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(json(r).path("done").asBoolean(), r.body());
        JsonNode articles = json(s.get("/api/issue?id=" + ZJ)).path("data").path("sections").get(0).path("articles");
        assertEquals("江苏省信息技术协会召开2025年第一次理事会", articles.get(1).path("title").asText(), "put where asked");
        assertTrue(articles.get(1).toString().contains("理事会-"), "its pictures are named after the Word file: " + articles.get(1));
        var broken = post("/api/import?id=" + ZJ + "&section=0", Uploaded.docx(), "If-Match",
                "\"" + json(r).path("version").asText() + "\"");
        assertFalse(json(broken).path("done").asBoolean(), broken.body());
        assertFalse(broken.body().contains("/tmp/") || broken.body().contains("jianbao-import"), "no temporary path: " + broken.body());
        var stale = post("/api/import?id=" + ZJ + "&section=0", Uploaded.docx(), "If-Match", "\"old\"");
        assertEquals(409, stale.statusCode(), "unsaved edits are never overtaken by an import");
    }

    @Test
    void historyKeepsThePreviousVersionAndPutsItBack() throws IOException {
        JsonNode g = json(s.get("/api/issue?id=" + ZJ));
        String before = Files.readString(s.workspace.resolve(ZJ));
        ObjectNode data = (ObjectNode) g.path("data");
        data.put("total", 999);
        String v2 = json(put("/api/issue?id=" + ZJ, g.path("version").asText(), "{\"data\":" + data + "}")).path("version").asText();
        JsonNode versions = json(s.get("/api/history?id=" + ZJ)).path("versions");
        assertEquals(1, versions.size());
        String name = versions.get(0).path("name").asText();
        assertEquals(113, json(s.get("/api/history/version?id=" + ZJ + "&name=" + name)).path("data").path("total").asInt());
        var restored = s.send(s.request("/api/history/restore?id=" + ZJ + "&name=" + name).header("If-Match", "\"" + v2 + "\"")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, restored.statusCode(), restored.body());
        assertEquals(before, Files.readString(s.workspace.resolve(ZJ)));
        assertEquals(400, s.get("/api/history/version?id=" + ZJ + "&name=../../x").statusCode());
    }
}
