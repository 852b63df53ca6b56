package org.jianbao.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/workspace}, {@code /api/profile} and {@code /api/masthead}: what the workspace
 * holds, reading and saving a publication profile, and its masthead drawn as it will print.
 */
final class ProfileApi {
    private final Workspace workspace;
    private final Documents documents;
    private final Pipeline pipeline;
    private final PreviewApi previews;
    /** Mastheads drawn, by profile version, and their images by hash: the last few only. */
    private final Map<String, Pipeline.Masthead> drawn = recent();
    private final Map<String, byte[]> images = recent();

    ProfileApi(Workspace workspace, Documents documents, Pipeline pipeline, PreviewApi previews) {
        this.workspace = workspace;
        this.documents = documents;
        this.pipeline = pipeline;
        this.previews = previews;
    }

    private static <V> Map<String, V> recent() {
        return java.util.Collections.synchronizedMap(new LinkedHashMap<>(8, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > 8;
            }
        });
    }

    void register(Gate gate) {
        gate.route("GET", "/api/workspace", this::workspace)
                .route("GET", "/api/profile", this::get)
                .route("PUT", "/api/profile", this::put)
                .route("POST", "/api/profile/preview", this::preview)
                .route("GET", "/api/masthead", this::masthead);
    }

    private Reply workspace(Request r) throws IOException {
        List<Map<String, Object>> profiles = new ArrayList<>();
        for (String id : workspace.profiles()) {
            JsonNode n = IssueFiles.quietly(workspace.root().resolve(id));
            profiles.add(Map.of("id", id, "name", n == null ? id : n.path("name").asText(id)));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("folder", workspace.root().getFileName().toString());
        m.put("layout", workspace.layout() == Workspace.Layout.PUBLICATION ? "publication" : "issues-folder");
        m.put("profiles", profiles);
        return Reply.json(m);
    }

    /** A profile named by the browser: one of the workspace's profiles. */
    private Path profile(String id) throws IOException {
        if (!workspace.profiles().contains(id)) {
            throw Refusal.notFound("没有这个刊物设置文件：“" + id + "”");
        }
        return workspace.existing(id);
    }

    private Reply get(Request r) throws IOException {
        Path p = profile(r.required("id"));
        Documents.Loaded d = documents.load(p);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", workspace.name(p));
        m.put("version", d.version());
        m.put("data", d.json());
        return Reply.json(m).etag(d.version());
    }

    private Reply put(Request r) throws IOException {
        Path p = profile(r.required("id"));
        JsonNode body = JsonFormat.parse(r.body(JsonFormat.MAX_BYTES + 4096, "刊物设置"));
        if (!(body.get("data") instanceof ObjectNode data)) {
            throw Refusal.badRequest("保存的内容应是刊物设置（JSON 对象）");
        }
        String version = documents.save(p, data, r.header("If-Match"));
        return Reply.json(Map.of("version", version)).etag(version);
    }

    /**
     * Draws the masthead of the saved profile (cached by its version) for an issue numbered as
     * the profile's {@code numbering} says (or issue 1 of this year), dated today, and answers with
     * the image's hash and the profile's problems.
     */
    private Reply preview(Request r) throws IOException {
        Path p = profile(r.required("id"));
        Documents.Loaded d = documents.load(p);
        Pipeline.Masthead m = drawn.get(d.version());
        if (m == null) {
            JsonNode n = d.json().path("numbering");
            LocalDate today = LocalDate.now();
            int year = n.path("year").asInt(today.getYear());
            int number = Math.max(1, n.path("number").asInt(1));
            int total = Math.max(number, n.path("total").asInt(number));
            m = pipeline.masthead(p, year, number, total, safeDate(year, today), PageCache.DPI);
            drawn.put(d.version(), m);
            if (m.png() != null) {
                images.put(Documents.version(m.png()), m.png());
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", d.version());
        out.put("hash", m.png() == null ? null : Documents.version(m.png()));
        out.put("findings", previews.findings(m.findings()));
        return Reply.json(out);
    }

    private static String safeDate(int year, LocalDate today) {
        return year >= 1949 && year <= 2200 ? today.withYear(year).toString() : today.toString();
    }

    private Reply masthead(Request r) throws IOException {
        profile(r.required("id"));
        byte[] png = images.get(r.required("hash"));
        if (png == null) {
            throw Refusal.notFound("报头图像已过期，请刷新");
        }
        return Reply.bytes("image/png", png).header("Cache-Control", "private, max-age=86400, immutable");
    }
}
