package org.jianbao.studio;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/preview}, {@code /api/page}, {@code /api/check} and {@code /api/pdf}: the live
 * preview of an issue as saved, its page images, everything {@code jianbao check} finds, and the
 * finished PDF.
 */
final class PreviewApi {
    private final Workspace workspace;
    private final IssueFiles files;
    private final PageCache pages;
    private final Pipeline pipeline;

    PreviewApi(Workspace workspace, IssueFiles files, PageCache pages, Pipeline pipeline) {
        this.workspace = workspace;
        this.files = files;
        this.pages = pages;
        this.pipeline = pipeline;
    }

    void register(Gate gate) {
        gate.route("POST", "/api/preview", this::preview)
                .route("GET", "/api/page", this::page)
                .route("GET", "/api/check", this::check)
                .route("GET", "/api/pdf", this::pdf)
                .route("POST", "/api/render", this::render);
    }

    private Reply preview(Request r) throws IOException {
        Path p = files.issue(r.required("id"));
        PageCache.Shown s = pages.render(p);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pages", s.pages());
        m.put("stale", s.stale());
        m.put("drawn", s.drawn());
        m.put("millis", s.millis());
        m.put("findings", findings(s.findings()));
        return Reply.json(m);
    }

    private Reply page(Request r) {
        Path p = files.issue(r.required("id"));
        byte[] png = pages.image(p, r.required("hash"));
        if (png == null) {
            throw Refusal.notFound("这一页的图像已过期，请刷新预览");
        }
        return Reply.bytes("image/png", png).header("Cache-Control", "private, max-age=86400, immutable");
    }

    private Reply check(Request r) {
        Path p = files.issue(r.required("id"));
        return Reply.json(Map.of("findings", findings(pipeline.check(p))));
    }

    private Reply pdf(Request r) {
        Path p = files.issue(r.required("id"));
        try {
            byte[] pdf = pipeline.pdf(p);
            String name = p.getFileName().toString().replaceFirst("\\.json$", "") + ".pdf";
            return Reply.bytes("application/pdf", pdf).header("Content-Disposition", "attachment; filename=\""
                    + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                    + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        } catch (Pipeline.Failed e) {
            throw Refusal.unprocessable("这一期还有错误，不能生成 PDF：" + e.findings().stream().filter(Finding::error)
                    .limit(3).map(Finding::message).reduce((a, b) -> a + "；" + b).orElse("请看预览旁的问题列表"));
        }
    }

    /** Writes the PDF into the workspace's {@code output/} folder, as {@code jianbao render} would. */
    private Reply render(Request r) throws IOException {
        Path p = files.issue(r.required("id"));
        Path out = workspace.root().resolve("output");
        java.nio.file.Files.createDirectories(out);
        if (!workspace.contains(out)) {
            throw Refusal.forbidden("output/ 文件夹指向工作区以外，没有写入");
        }
        Path target = out.toRealPath().resolve(p.getFileName().toString().replaceFirst("\\.json$", "") + ".pdf");
        try {
            int pageCount = pipeline.render(p, target);
            return Reply.json(Map.of("file", workspace.name(target), "pages", pageCount,
                    "bytes", java.nio.file.Files.size(target)));
        } catch (Pipeline.Failed e) {
            throw Refusal.unprocessable("这一期还有错误，不能生成 PDF：" + e.findings().stream().filter(Finding::error)
                    .limit(3).map(Finding::message).reduce((a, b) -> a + "；" + b).orElse("请看预览旁的问题列表"));
        }
    }

    /** Findings as the browser shows them: where (issue, profile or elsewhere, JSON path, line) and what. */
    List<Map<String, Object>> findings(List<Finding> all) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Finding f : all) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("error", f.error());
            String file = f.file() != null && workspace.contains(f.file()) ? workspace.name(realOrSame(f.file())) : null;
            m.put("file", file);
            m.put("path", f.path());
            m.put("line", f.line());
            m.put("message", f.message());
            out.add(m);
        }
        return out;
    }

    private static Path realOrSame(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p;
        }
    }
}
