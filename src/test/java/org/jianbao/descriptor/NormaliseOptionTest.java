package org.jianbao.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.jianbao.problem.Problem;
import org.jianbao.TestFonts;
import org.jianbao.model.Article;
import org.jianbao.model.Issue;
import org.jianbao.model.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The profile's {@code "normalise"} (issue 10 item 1) and the cleaning of every string of the
 * descriptor and its profile (issue 10 items 4, 5; issue 11 "Text safety").
 */
class NormaliseOptionTest {
    /** A notice as a secretariat pastes it: ASCII commas, (一), a straight-quoted name, <URL>. */
    private static final String BODY = "\"各会员单位:\", \"( 一 ) 申报对象\","
            + " \"在本省注册,具有独立法人资格的\\\"软件企业\\\".详见<https://zsia.example.org/tztg/3810.html>.\"";

    @TempDir
    Path dir;

    private DescriptorReader.Result read(String normalise, String profileExtra) throws IOException {
        Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(dir.resolve("profiles/test.json"), """
                {
                  "name": "测试简报",
                  "masthead": { "lines": [ { "text": "测试简报" } ] },
                  "issueLine": "{year}年第{number}期(总第{total}期)",
                  "editor": "测试协会秘书处"%s%s
                }
                """.formatted(normalise == null ? "" : ", \"normalise\": \"" + normalise + "\"", profileExtra));
        Path issue = dir.resolve("issue.json");
        Files.writeString(issue, """
                {
                  "profile": "profiles/test.json",
                  "year": 2024, "number": 7, "total": 52, "date": "2024-07-31",
                  "sections": [ { "name": "通知公告", "articles": [
                    { "title": "关于开展\\"双软\\"评估(第二批)的通知", "body": [ %s ] },
                    { "title": "數聚河西 智匯津門", "lang": "zh-Hant", "body": [ "他說 , 當前 , \\"數字經濟\\"發展迅速." ] }
                  ] } ]
                }
                """.formatted(BODY));
        return new DescriptorReader(new TreeSet<>(TestFonts.library().names())).read(issue);
    }

    private static List<String> paragraphs(Article a) {
        return a.body().stream().map(b -> ((Paragraph) b).text()).toList();
    }

    private static List<Problem> summaries(DescriptorReader.Result r) {
        return r.warnings().stream().filter(w -> w.message().contains("punctuation")).toList();
    }

    @Test
    void fixIsTheDefaultAndCorrectsEveryString() throws IOException {
        DescriptorReader.Result r = read(null, "");
        Issue i = r.issue();
        Article notice = i.sections().get(0).articles().get(0);
        assertEquals("关于开展“双软”评估（第二批）的通知", notice.title());
        assertEquals(List.of("各会员单位：", "（一）申报对象",
                "在本省注册，具有独立法人资格的“软件企业”。详见https://zsia.example.org/tztg/3810.html。"),
                paragraphs(notice));
        Article hant = i.sections().get(0).articles().get(1);
        assertEquals(List.of("他說，當前，「數字經濟」發展迅速。"), paragraphs(hant));
        assertEquals("{year}年第{number}期（总第{total}期）", i.publication().issueLine());
    }

    @Test
    void oneSummaryPerArticleWithTheCountAndExamples() throws IOException {
        List<Problem> s = summaries(read("fix", ""));
        // the two articles and the profile's issue line: three summaries, not one per mark
        assertEquals(3, s.size(), s.toString());
        Problem notice = s.stream().filter(p -> p.path().equals("$.sections[0].articles[0]")).findFirst().orElseThrow();
        assertTrue(notice.message().contains("corrections") && notice.message().contains("e.g. "), notice.message());
    }

    @Test
    void warnReportsAndLeavesTheTextAsWritten() throws IOException {
        DescriptorReader.Result r = read("warn", "");
        Article notice = r.issue().sections().get(0).articles().get(0);
        assertEquals("关于开展\"双软\"评估(第二批)的通知", notice.title());
        // markup is no punctuation: the brackets of <https://…> go whatever the option
        assertTrue(paragraphs(notice).get(2).endsWith("详见https://zsia.example.org/tztg/3810.html."));
        assertTrue(summaries(r).stream().anyMatch(p -> p.message().contains("\"normalise\": \"fix\"")));
    }

    @Test
    void offLeavesTheTextAndSaysNothing() throws IOException {
        DescriptorReader.Result r = read("off", "");
        assertEquals("关于开展\"双软\"评估(第二批)的通知", r.issue().sections().get(0).articles().get(0).title());
        assertEquals(List.of(), summaries(r));
    }

    @Test
    void phraseSpaceBetweenChineseCharactersIsKept() throws IOException {
        assertEquals("數聚河西 智匯津門", read(null, "").issue().sections().get(0).articles().get(1).title());
    }

    @Test
    void profileStringsAreCleanedLikeTheIssues() throws IOException {
        DescriptorReader.Result r = read(null, ", \"colophon\": { \"address\": \"杭州市\\u0000文三路\\uFFFF90号\","
                + " \"website\": \"<https://zsia.example.org/>\" }");
        assertEquals("杭州市文三路90号", r.issue().publication().colophon().address());
        assertEquals("https://zsia.example.org/", r.issue().publication().colophon().website());
        assertTrue(r.warnings().stream().anyMatch(w -> w.message().contains("U+FFFF")
                && w.path().equals("$.colophon.address")), r.warnings().toString());
    }

    @Test
    void markdownInlineCodeKeepsItsMarks() throws IOException {
        Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(dir.resolve("profiles/test.json"), """
                { "name": "测试简报", "masthead": { "lines": [ "测试简报" ] }, "issueLine": "第{number}期",
                  "editor": "测试协会" }
                """);
        Path issue = dir.resolve("md.json");
        Files.writeString(issue, """
                { "profile": "profiles/test.json", "year": 2024, "number": 7, "total": 52, "date": "2024-07-31",
                  "sections": [ { "name": "通知", "articles": [ { "title": "标题",
                    "markdown": "配置中的`key: value; (x)`保持原样,详见<https://a.example.org/x>." } ] } ] }
                """);
        Article a = new DescriptorReader(new TreeSet<>(TestFonts.library().names())).read(issue).issue()
                .sections().get(0).articles().get(0);
        assertEquals("配置中的key: value; (x)保持原样，详见https://a.example.org/x。", ((Paragraph) a.body().get(0)).text());
    }
}
