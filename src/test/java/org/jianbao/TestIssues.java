package org.jianbao;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small descriptors written to a temporary folder, for tests of one rule. */
public final class TestIssues {
    /** A one-line-masthead profile with the built-in defaults for everything else. */
    public static final String PROFILE = """
            {
              "name": "测试简报",
              "masthead": { "lines": [ { "text": "测试简报" } ] },
              "issueLine": "{year}年第{number}期",
              "editor": "测试协会秘书处",
              "distribution": [ { "label": "报", "to": ["测试主管部门"] } ],
              "styles": { "body": { "size": "小四", "lineHeight": "20pt" } }
            }
            """;

    private TestIssues() {
    }

    /** A new folder under the system's temporary folder, for this test run alone. */
    public static Path freshFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An issue in {@code dir} with one section "测试" holding one article whose body is {@code bodyJson}. */
    public static Path article(Path dir, String sectionLang, String bodyJson) {
        return issue(dir, "[ { \"name\": \"测试\"" + (sectionLang == null ? "" : ", \"lang\": \"" + sectionLang + "\"")
                + ", \"articles\": [ { \"title\": \"测试文章\", \"body\": " + bodyJson + " } ] } ]");
    }

    /** An issue in {@code dir} with the given sections array. */
    public static Path issue(Path dir, String sectionsJson) {
        try {
            Files.createDirectories(dir.resolve("profiles"));
            Files.writeString(dir.resolve("profiles/test.json"), PROFILE);
            Path p = dir.resolve("issue.json");
            Files.writeString(p, "{ \"profile\": \"profiles/test.json\", \"year\": 2024, \"number\": 1, \"total\": 1,"
                    + " \"date\": \"2024-01-31\", \"sections\": " + sectionsJson + " }");
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
