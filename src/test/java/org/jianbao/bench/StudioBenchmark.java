package org.jianbao.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jianbao.Jianbao;
import org.jianbao.studio.Pipeline;
import org.jianbao.studio.Studio;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The studio's live preview, warm, over HTTP as the editor's page does it: an edit saved
 * ({@code PUT /api/issue}), the issue laid out again and the changed pages drawn
 * ({@code POST /api/preview}), and the new page images fetched ({@code GET /api/page}). Two edits:
 * {@code char} replaces one character in a paragraph of the middle article (one page changes),
 * {@code sentence} adds a sentence to it (the lines after it move, often onto later pages).
 * Each operation alternates between two states, so every one is a real change. Run with bench/studio.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StudioBenchmark {
    @Param({"zhejiang-2020-07", "tianjin-2021-08", "tianjin-2023-06", "stress-2024-01"})
    public String sample;

    @Param({"char", "sentence"})
    public String edit;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<Integer, String> shown = new HashMap<>();
    private Path dir;
    private Studio studio;
    private String token;
    private String origin;
    private ObjectNode issue;
    private ArrayNode body;
    private String original;
    private String version;
    private boolean flip;

    @Setup
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("jianbao-studio-bench");
        Path from = org.jianbao.TestFonts.home().resolve("issues");
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path t = dir.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        studio = Studio.start(dir, 0, new Pipeline(org.jianbao.TestFonts.jianbao()));
        token = studio.address().getQuery().substring("token=".length());
        origin = "http://127.0.0.1:" + studio.port();
        JsonNode got = json.readTree(send(request("/api/issue?id=" + sample + ".json").GET()).body());
        version = got.path("version").asText();
        issue = (ObjectNode) got.path("data");
        body = middleParagraph();
        original = body.get(0).asText();
        preview();
    }

    /** The body of the middle article that starts with a plain paragraph. */
    private ArrayNode middleParagraph() {
        java.util.List<ArrayNode> bodies = new java.util.ArrayList<>();
        for (JsonNode s : issue.path("sections")) {
            for (JsonNode a : s.path("articles")) {
                if (a.path("body").isArray() && a.path("body").get(0).isTextual() && a.path("body").get(0).asText().length() > 20) {
                    bodies.add((ArrayNode) a.path("body"));
                }
            }
        }
        return bodies.get(bodies.size() / 2);
    }

    @Benchmark
    public int editToPageImages() throws Exception {
        flip = !flip;
        String text = edit.equals("char")
                ? original.substring(0, 10) + (flip ? "甲" : "乙") + original.substring(11)
                : flip ? original + "本段在测量时增加了一句较长的话，使其后的各行依次后移。" : original;
        body.set(0, TextNode.valueOf(text));
        ObjectNode put = json.createObjectNode();
        put.set("data", issue);
        HttpResponse<String> saved = send(request("/api/issue?id=" + sample + ".json").header("If-Match", "\"" + version + "\"")
                .PUT(HttpRequest.BodyPublishers.ofString(put.toString())));
        version = json.readTree(saved.body()).path("version").asText();
        return preview();
    }

    /** Lays out, then fetches the page images whose hash changed; returns how many. */
    private int preview() throws IOException, InterruptedException {
        JsonNode r = json.readTree(send(request("/api/preview?id=" + sample + ".json").POST(HttpRequest.BodyPublishers.noBody())).body());
        int fetched = 0;
        for (JsonNode p : r.path("pages")) {
            String hash = p.path("hash").asText();
            if (!hash.equals(shown.put(p.path("number").asInt(), hash))) {
                http.send(request("/api/page?id=" + sample + ".json&hash=" + hash).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                fetched++;
            }
        }
        return fetched;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(origin + path)).header("X-Jianbao-Token", token).header("Origin", origin);
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IOException(r.statusCode() + " " + r.body());
        }
        return r;
    }

    @TearDown
    public void tearDown() throws IOException {
        studio.close();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
