package org.jianbao.volume;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small issues of one publication written into a folder, for volume tests: each issue has two
 * sections of two articles, long enough to take two or three pages, with its own titles, so that a
 * page can be told by its text.
 */
final class YearOfIssues {
    /** The publication of the fixtures: the defaults, a contents list, a 版记. */
    static final String NAME = "卷测简报";
    private static final String PARAGRAPH = "协会组织会员单位开展调研，围绕软件产业高质量发展、数字化转型和人才培养等议题深入交流，"
            + "形成了一批可复制、可推广的经验做法，为下一步工作打下了坚实基础。会议要求各单位认真总结经验，"
            + "加强协同配合，推动各项任务落地见效。";

    private final Path dir;

    /** A workspace in {@code dir}: the profile of {@link #NAME}, {@code duplex} or not. */
    YearOfIssues(Path dir, boolean duplex) {
        this(dir, NAME, duplex);
    }

    YearOfIssues(Path dir, String name, boolean duplex) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("profile.json"), """
                    {
                      "name": "%s",
                      "masthead": { "lines": [ { "text": "%s" } ] },
                      "issueLine": "{year}年第{number}期（总第{total}期）",
                      "editor": "卷测协会秘书处编",
                      "sections": ["协会动态", "行业资讯"],
                      "distribution": [ { "label": "报", "to": ["测试主管部门"] }, { "label": "发", "to": ["各会员单位"] } ],
                      "copies": 50,
                      "duplex": %s,
                      "styles": { "body": { "size": "小四", "lineHeight": "22pt" } }
                    }
                    """.formatted(name, name, duplex));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Issue {@code number} of {@code year} as {@code <year>-<number>.json} ({@code zk} for a supplement). */
    Path issue(int year, int number, boolean supplement) {
        return issue(year, number, supplement, 0);
    }

    /** The same, with {@code more} paragraphs in its last article (to make it longer). */
    Path issue(int year, int number, boolean supplement, int more) {
        String file = year + "-" + (supplement ? "zk" : "") + String.format("%02d", number) + ".json";
        String tag = year + (supplement ? "年增刊" : "年") + number + "期";
        StringBuilder sections = new StringBuilder();
        String[] names = {"协会动态", "行业资讯"};
        for (int s = 0; s < names.length; s++) {
            sections.append(s == 0 ? "" : ",").append("{ \"name\": \"").append(names[s]).append("\", \"articles\": [");
            for (int a = 0; a < 2; a++) {
                sections.append(a == 0 ? "" : ",").append("{ \"title\": \"").append(title(year, number, supplement, s, a))
                        .append("\", \"source\": \"协会秘书处\", \"body\": [");
                for (int p = 0; p < 4 + a + (s == 1 && a == 1 ? more : 0); p++) {
                    sections.append(p == 0 ? "" : ",").append('"').append(tag).append("，第").append(p + 1).append("段：")
                            .append(PARAGRAPH).append('"');
                }
                sections.append("] }");
            }
            sections.append("] }");
        }
        String month = String.format("%02d", Math.min(12, number));
        String json = "{ \"profile\": \"profile.json\", \"year\": " + year + ", \"number\": " + number + ", \"total\": "
                + (100 + number) + ", \"date\": \"" + year + "-" + month + "-28\"" + (supplement ? ", \"supplement\": true" : "")
                + ", \"sections\": [" + sections + "] }";
        try {
            return Files.writeString(dir.resolve(file), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path issue(int year, int number) {
        return issue(year, number, false);
    }

    /** The title of article {@code a} of section {@code s}: says which issue it belongs to. */
    static String title(int year, int number, boolean supplement, int s, int a) {
        return year + (supplement ? "年增刊第" : "年第") + number + "期第" + (s + 1) + "栏第" + (a + 1) + "篇调研座谈会召开";
    }
}
