package org.jianbao.studio;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /api/picture} and {@code /api/import}: showing an issue's pictures, uploading a picture
 * into the workspace's {@code images/}, and bringing in an article from a Word file.
 */
final class UploadApi {
    private final Workspace workspace;
    private final IssueFiles files;
    private final Documents documents;
    private final Routine routine;

    UploadApi(Workspace workspace, IssueFiles files, Documents documents, Routine routine) {
        this.workspace = workspace;
        this.files = files;
        this.documents = documents;
        this.routine = routine;
    }

    void register(Gate gate) {
        gate.route("GET", "/api/picture", this::show)
                .route("POST", "/api/picture", this::upload)
                .route("POST", "/api/import", this::importWord);
    }

    /** A picture an issue refers to ({@code src} relative to the issue, as in the descriptor). */
    private Reply show(Request r) throws IOException {
        Path issue = files.issue(r.required("id"));
        String src = r.required("src");
        if (src.startsWith("/") || src.startsWith("\\") || src.contains(":") || src.contains("\0")) {
            throw Refusal.forbidden("图片路径必须是相对路径");
        }
        Path p;
        try {
            p = issue.getParent().resolve(src).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw Refusal.badRequest("图片路径无法识别");
        }
        if (!Files.exists(p)) {
            throw Refusal.notFound("找不到图片“" + src + "”");
        }
        if (!workspace.contains(p)) {
            throw Refusal.forbidden("图片“" + src + "”在工作区以外，不能打开");
        }
        String type = Uploads.pictureType(p.toRealPath());
        if (type == null) {
            throw Refusal.unsupported("“" + src + "”不是 PNG 或 JPEG 图片");
        }
        return Reply.bytes(type, Files.readAllBytes(p.toRealPath())).header("Cache-Control", "private, no-cache");
    }

    /**
     * Keeps an uploaded picture (the body; its original name in {@code X-File-Name}) in
     * {@code images/}, and answers with the {@code src} the issue writes for it.
     */
    private Reply upload(Request r) throws IOException {
        Path issue = files.issue(r.required("id"));
        byte[] bytes = r.body(Uploads.MAX_PICTURE_BYTES, "图片");
        Uploads.Picture pic = Uploads.picture(bytes);
        String uploaded = r.header("X-File-Name") == null ? null : URLDecoder.decode(r.header("X-File-Name"), StandardCharsets.UTF_8);
        Path dir = workspace.images();
        Files.createDirectories(dir);
        if (!workspace.contains(dir)) {
            throw Refusal.forbidden("图片文件夹 images/ 指向工作区以外，没有保存");
        }
        Path target = dir.toRealPath().resolve(Uploads.pictureName(uploaded, pic.extension(), bytes));
        if (!Files.exists(target)) {
            FileSafety.writeAtomically(target, bytes);
        } else if (!Arrays.equals(Files.readAllBytes(target), bytes)) {
            throw Refusal.conflict("images/ 里已有同名但内容不同的图片；请改个文件名再上传");
        }
        Path rel = issue.getParent().relativize(target);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("src", rel.toString().replace('\\', '/'));
        m.put("width", pic.width());
        m.put("height", pic.height());
        return Reply.json(201, m);
    }

    /** Hands a checked .docx to the routine's importer; the issue must be saved first (If-Match). */
    private Reply importWord(Request r) throws IOException {
        Path issue = files.issue(r.required("id"));
        String expected = r.header("If-Match");
        if (expected == null || !expected.replace("\"", "").equals(documents.version(issue))) {
            throw Refusal.conflict("这一期在别处修改过，或您的修改还没保存完；请稍候或重新载入后再导入。");
        }
        JsonNode json = IssueFiles.quietly(issue);
        int s = r.intParam("section", 0);
        JsonNode section = json == null ? null : json.path("sections").get(s);
        if (section == null) {
            throw Refusal.badRequest("没有第 " + (s + 1) + " 个栏目");
        }
        int at = Math.min(r.intParam("at", section.path("articles").size()), section.path("articles").size());
        byte[] bytes = r.body(Uploads.MAX_WORD_BYTES, "Word 文件");
        // the importer names the article's pictures after the Word file: keep its name (letters and digits)
        String uploaded = r.header("X-File-Name") == null ? null : URLDecoder.decode(r.header("X-File-Name"), StandardCharsets.UTF_8);
        String name = Uploads.pictureName(uploaded == null ? "article" : uploaded, "docx", bytes).replaceFirst("-[0-9a-f]{8}\\.docx$", ".docx");
        Path dir = Files.createTempDirectory("jianbao-import");
        Path tmp = dir.resolve(name);
        try {
            Files.write(tmp, bytes);
            Uploads.word(Arrays.copyOf(bytes, Math.min(bytes.length, 8)), tmp);
            Routine.Outcome o = routine.importWord(tmp, issue, section.path("name").asText(), at);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("done", o.done());
            // the person knows the file by the name they chose, not by where it waited here
            String shown = uploaded == null ? "Word 文件" : "“" + uploaded + "”";
            m.put("messages", o.messages().stream().map(x -> x.replace(tmp.toString(), shown)).toList());
            m.put("version", documents.version(issue));
            return Reply.json(m);
        } finally {
            FileSafety.deleteTree(dir);
        }
    }
}
