package org.jianbao.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jianbao.model.Lang;

/**
 * The stand-in routine: a plain next issue, and honest notices for what is still to come. The
 * lead connects {@code jianbao new}, {@code jianbao import} and the normaliser in its place.
 */
final class SimpleRoutine implements Routine {

    /**
     * Number + 1 (1 again when the date passes into a new year), total + 1, the date one month
     * on (the last day of a month stays the last day), the same profile and fields, each section
     * kept with an empty list of articles.
     */
    @Override
    public Outcome nextIssue(Path previous, Path target) throws IOException {
        JsonNode prev = JsonFormat.parse(Files.readAllBytes(previous));
        if (!(prev instanceof ObjectNode old)) {
            return new Outcome(false, List.of("上一期的文件不是一份简报（不是 JSON 对象）"));
        }
        ObjectNode next = old.deepCopy();
        LocalDate date;
        try {
            date = LocalDate.parse(old.path("date").asText(""));
        } catch (DateTimeParseException e) {
            return new Outcome(false, List.of("上一期的日期“" + old.path("date").asText("") + "”无法识别，请先改正"));
        }
        if (!old.path("number").canConvertToInt() || !old.path("total").canConvertToInt()) {
            return new Outcome(false, List.of("上一期缺少期号（number）或总期号（total），请先补上"));
        }
        LocalDate nextDate = IssueFiles.following(date);
        boolean newYear = nextDate.getYear() != date.getYear();
        int number = newYear ? 1 : old.path("number").asInt() + 1;
        int total = old.path("total").asInt() + 1;
        if (old.has("year")) {
            next.put("year", newYear ? old.path("year").asInt() + 1 : old.path("year").asInt());
        }
        next.put("number", number);
        next.put("total", total);
        next.put("date", nextDate.toString());
        List<String> names = new ArrayList<>();
        ArrayNode sections = next.putArray("sections");
        for (JsonNode s : old.path("sections")) {
            ObjectNode section = sections.addObject();
            section.put("name", s.path("name").asText(""));
            if (s.has("lang")) {
                section.set("lang", s.get("lang"));
            }
            section.putArray("articles");
            names.add(s.path("name").asText(""));
        }
        if (Files.exists(target)) {
            return new Outcome(false, List.of("文件“" + target.getFileName() + "”已经存在，不会覆盖它"));
        }
        FileSafety.writeAtomically(target, JsonFormat.pretty(next));
        return new Outcome(true, List.of(
                "新的一期：" + next.path("year").asText() + "年第" + number + "期（总第" + total + "期），日期 " + nextDate,
                names.isEmpty() ? "没有栏目；请添加栏目和文章" : "栏目沿用上一期：" + String.join("、", names) + "（文章待添加）"));
    }

    @Override
    public Outcome importWord(Path docx, Path issue, String section, int at) {
        // TODO(routine): call the Word importer of `jianbao import FILE --into ISSUE --section NAME --at N`
        return new Outcome(false, List.of("从 Word 文件导入文章的功能即将推出（jianbao import）。"
                + "文件已检查无误，但这次没有导入任何内容；暂时请把文字复制粘贴到文章的段落里。"));
    }

    @Override
    public Normalised normalise(String text, Lang lang) {
        // TODO(normaliser): org.jianbao.text.Punctuation.normalise(text, lang), its changes listed here
        return new Normalised(text, List.of(), "标点规范化（半角标点改为全角等）即将推出；这次保存没有改动标点。");
    }
}
