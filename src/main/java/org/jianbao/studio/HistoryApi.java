package org.jianbao.studio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code /api/history}: the kept earlier versions of an issue or profile, one of them to look
 * at, and putting one back (which keeps the current version in the history first).
 */
final class HistoryApi {
    private final Workspace workspace;
    private final Documents documents;

    HistoryApi(Workspace workspace, Documents documents) {
        this.workspace = workspace;
        this.documents = documents;
    }

    void register(Gate gate) {
        gate.route("GET", "/api/history", this::list)
                .route("GET", "/api/history/version", this::version)
                .route("POST", "/api/history/restore", this::restore);
    }

    private Path file(Request r) {
        String id = r.required("id");
        if (!id.endsWith(".json")) {
            throw Refusal.badRequest("只有 .json 文件有历史版本");
        }
        return workspace.existing(id);
    }

    private Reply list(Request r) {
        return Reply.json(Map.of("versions", documents.history(file(r))));
    }

    private Reply version(Request r) {
        return Reply.json(Map.of("data", documents.kept(file(r), r.required("name"))));
    }

    private Reply restore(Request r) throws IOException {
        Path p = file(r);
        String version = documents.save(p, documents.kept(p, r.required("name")), r.header("If-Match"));
        return Reply.json(Map.of("version", version)).etag(version);
    }
}
