package org.jianbao.studio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jianbao.importer.Importer;
import org.jianbao.importer.article.ImportException;
import org.jianbao.model.Lang;
import org.jianbao.problem.JianbaoException;
import org.jianbao.text.Punctuation;
import org.jianbao.workspace.NextIssue;
import org.jianbao.workspace.WorkspaceException;

/**
 * The monthly routine of the command line, for the studio: {@code jianbao new} makes next month's
 * issue, {@code jianbao import} brings in a Word file, and the reader's punctuation normaliser
 * corrects a field. What they report is put in sentences for the person at the browser; their
 * refusals (an issue without a date, a damaged Word file) come back as an outcome that did nothing.
 */
final class WorkspaceRoutine implements Routine {
    /** The importer's kinds of content, as the studio names them. */
    private static final Map<String, String> KINDS = Map.of("paragraph", "段落", "heading", "小标题",
            "table", "表格", "picture", "图片", "list", "列表", "note", "注释");

    @Override
    public Outcome nextIssue(Path previous, Path target) {
        if (Files.exists(target)) {
            return new Outcome(false, List.of("文件“" + target.getFileName() + "”已经存在，不会覆盖它"));
        }
        NextIssue.Result r;
        try {
            r = NextIssue.write(previous, target, false);
        } catch (WorkspaceException | JianbaoException e) {
            return new Outcome(false, List.of("没有生成下一期：" + e.getMessage()));
        }
        List<String> m = new ArrayList<>();
        m.add("新的一期：" + r.year() + "年第" + r.number() + "期（总第" + r.total() + "期），日期 " + r.date());
        m.add(r.sections().isEmpty() ? "没有栏目；请添加栏目和文章"
                : "栏目：" + String.join("、", r.sections()) + "（文章待添加）");
        r.notes().forEach(n -> m.add("请核对：" + n));
        return new Outcome(true, m);
    }

    @Override
    public Outcome importWord(Path docx, Path issue, String section, int at) {
        Importer.Result r;
        try {
            r = Importer.importInto(docx, issue, section, at + 1);
        } catch (ImportException | WorkspaceException | JianbaoException e) {
            return new Outcome(false, List.of("没有导入：" + e.getMessage()));
        }
        List<String> m = new ArrayList<>();
        m.add("“" + r.title() + "”已放入栏目“" + r.section() + "”第 " + r.position() + " 篇"
                + (r.sectionAdded() ? "（新栏目）" : ""));
        List<String> counts = new ArrayList<>();
        r.report().counts().forEach((k, n) -> counts.add(n + " 个" + KINDS.getOrDefault(k, k)));
        if (!counts.isEmpty()) {
            m.add("导入了 " + String.join("、", counts));
        }
        r.report().warnings().forEach(w -> m.add("请留意：" + w));
        return new Outcome(true, m);
    }

    @Override
    public Normalised normalise(String text, Lang lang) {
        Punctuation.Result r = Punctuation.normalise(text, lang);
        List<String> changes = new ArrayList<>(r.changes().size());
        for (Punctuation.Change c : r.changes()) {
            changes.add((c.from().isBlank() ? "空格" : c.from()) + " → " + (c.to().isEmpty() ? "（删去）" : c.to()));
        }
        return new Normalised(r.text(), changes, null);
    }
}
