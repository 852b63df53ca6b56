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
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code /api/issues}, {@code /api/issues/next} and {@code /api/issue}: the list of issues, a
 * new issue from a previous one, and reading and saving one issue.
 */
final class IssueApi {
    private final Workspace workspace;
    private final IssueFiles files;
    private final Documents documents;
    private final Pipeline pipeline;
    private final Routine routine;
    /** Page counts by the versions of issue and profile they were counted for. */
    private final Map<Path, Map.Entry<String, Integer>> counted = new ConcurrentHashMap<>();

    IssueApi(Workspace workspace, IssueFiles files, Documents documents, Pipeline pipeline, Routine routine) {
        this.workspace = workspace;
        this.files = files;
        this.documents = documents;
        this.pipeline = pipeline;
        this.routine = routine;
    }

    void register(Gate gate) {
        gate.route("GET", "/api/issues", this::list)
                .route("POST", "/api/issues/next", this::next)
                .route("GET", "/api/issue", this::get)
                .route("PUT", "/api/issue", this::put);
    }

    /** Every issue with its number, date and page count (laid out when not known for this version). */
    private Reply list(Request r) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (IssueFiles.Summary s : files.all()) {
            Path p = workspace.root().resolve(s.id());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("year", s.year());
            m.put("number", s.number());
            m.put("total", s.total());
            m.put("date", s.date());
            m.put("firstTitle", s.firstTitle());
            m.put("articles", s.articles());
            int[] pagesAndErrors = count(p);
            m.put("pages", pagesAndErrors[0] < 0 ? null : pagesAndErrors[0]);
            m.put("errors", pagesAndErrors[1]);
            out.add(m);
        }
        return Reply.json(Map.of("issues", out));
    }

    private int[] count(Path issue) {
        String stamp;
        try {
            JsonNode json = IssueFiles.quietly(issue);
            String profile = json == null ? null : files.profileOf(issue, json);
            stamp = documents.version(issue) + "/" + (profile == null ? "" : documents.version(workspace.root().resolve(profile)));
        } catch (RuntimeException e) {
            return new int[] {-1, 1};
        }
        Map.Entry<String, Integer> known = counted.get(issue);
        if (known != null && known.getKey().startsWith(stamp + "#")) {
            return new int[] {known.getValue(), Integer.parseInt(known.getKey().substring(stamp.length() + 1))};
        }
        Pipeline.Laid laid = pipeline.layout(issue);
        int errors = (int) laid.findings().stream().filter(Finding::error).count();
        int pages = laid.pages() == null ? -1 : laid.pages().count();
        counted.put(issue, Map.entry(stamp + "#" + errors, pages));
        return new int[] {pages, errors};
    }

    private Reply next(Request r) throws IOException {
        Path previous = files.issue(r.required("from"));
        LocalDate date = IssueFiles.date(IssueFiles.quietly(previous));
        if (date == null) {
            throw Refusal.unprocessable("上一期的日期无法识别；请先在那一期里改正日期");
        }
        // a new file inside the workspace (by real path), never an existing one
        Path target = workspace.fresh(workspace.name(files.nextName(previous, IssueFiles.following(date))));
        Routine.Outcome o = routine.nextIssue(previous, target);
        if (!o.done()) {
            throw Refusal.unprocessable(String.join("\n", o.messages()));
        }
        return Reply.json(201, Map.of("id", workspace.name(target), "messages", o.messages()));
    }

    private Reply get(Request r) {
        Path p = files.issue(r.required("id"));
        Documents.Loaded d = documents.load(p);
        if (!d.json().isObject()) {
            throw Refusal.unprocessable("这个文件不是一期简报（不是 JSON 对象）");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", workspace.name(p));
        m.put("version", d.version());
        m.put("profile", files.profileOf(p, d.json()));
        m.put("data", d.json());
        return Reply.json(m).etag(d.version());
    }

    /**
     * Saves the issue sent as {@code {"data": …, "normalise": true|false}} when the file is still at
     * the version of {@code If-Match}; with {@code normalise} the punctuation is put right first
     * and the answer carries the changed document and what changed.
     */
    private Reply put(Request r) throws IOException {
        Path p = files.issue(r.required("id"));
        JsonNode body = JsonFormat.parse(r.body(JsonFormat.MAX_BYTES + 4096, "简报内容"));
        if (!(body.get("data") instanceof ObjectNode data)) {
            throw Refusal.badRequest("保存的内容应是一期简报（JSON 对象）");
        }
        if (!data.path("profile").isTextual()) {
            throw Refusal.unprocessable("简报缺少 profile（刊物设置文件）；没有保存");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        if (body.path("normalise").asBoolean(false)) {
            TextFields.Result fixed = TextFields.normalise(data, routine);
            m.put("changes", fixed.changes());
            m.put("notices", fixed.notices());
            if (fixed.altered()) {
                m.put("data", data);
            }
        }
        String version = documents.save(p, data, r.header("If-Match"));
        m.put("version", version);
        return Reply.json(m).etag(version);
    }
}
