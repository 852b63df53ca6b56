package org.jianbao.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jianbao.Jianbao;
import org.jianbao.TestFonts;
import org.jianbao.frame.Document;
import org.jianbao.frame.Frame;
import org.jianbao.frame.FrameItem;
import org.jianbao.frame.Outline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, layout once: the body is set and broken once, with the contents list set without page
 * numbers; then the list alone is set again with the numbers the break found. Guarded here on an
 * issue whose contents list runs over several pages (so that the list's length moves the body):
 * every entry's printed number and its link are the page the article's bookmark says it starts on.
 */
class ContentsPageNumbersTest {
    @TempDir
    Path dir;

    /** The zhejiang sample with its sections repeated {@code copies} times, each article titled anew. */
    private Path repeated(int copies) throws IOException {
        Path issues = TestFonts.home().resolve("issues");
        for (String sub : List.of("profiles", "images")) {
            Files.createDirectories(dir.resolve(sub));
            try (var files = Files.list(issues.resolve(sub))) {
                for (Path f : files.toList()) {
                    Files.copy(f, dir.resolve(sub).resolve(f.getFileName()));
                }
            }
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode issue = (ObjectNode) json.readTree(issues.resolve("zhejiang-2020-07.json").toFile());
        issue.remove("$schema");
        ArrayNode sections = json.createArrayNode();
        for (int c = 0; c < copies; c++) {
            for (JsonNode s : issue.get("sections")) {
                ObjectNode section = s.deepCopy();
                section.put("name", s.get("name").asText() + (c == 0 ? "" : "（续" + c + "）"));
                for (JsonNode a : section.get("articles")) {
                    ((ObjectNode) a).put("title", a.get("title").asText() + (c == 0 ? "" : "（之" + (c + 1) + "）"));
                }
                sections.add(section);
            }
        }
        issue.set("sections", sections);
        Path file = dir.resolve("long.json");
        json.writeValue(file.toFile(), issue);
        return file;
    }

    @Test
    void theContentsNumbersAreThePagesTheArticlesStartOnWhenTheListRunsOverPages() throws IOException {
        Jianbao jb = TestFonts.jianbao();
        Document doc = jb.layout(jb.read(repeated(6)).issue()).document();
        List<Integer> starts = new ArrayList<>();
        for (Outline section : doc.outline()) {
            section.children().forEach(a -> starts.add(a.page()));
        }
        List<Integer> linked = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        int contentsPages = 0;
        for (Frame f : doc.pages()) {
            FrameItem.GlyphRun before = null;
            boolean any = false;
            for (FrameItem item : f.items()) {
                FrameItem it = item instanceof FrameItem.Marked m ? m.item() : item;
                if (it instanceof FrameItem.Link l) {
                    linked.add(l.targetPage());
                    printed.add(before == null ? "" : before.text());
                    any = true;
                } else if (it instanceof FrameItem.GlyphRun r) {
                    before = r;   // an entry's number is the run set just before its link
                }
            }
            contentsPages += any ? 1 : 0;
        }
        assertTrue(contentsPages >= 2, "the contents list runs over " + contentsPages + " pages");
        assertEquals(starts, linked, "each entry links to the page its article starts on");
        List<String> expected = starts.stream().map(p -> Integer.toString(p + 1)).toList();
        assertEquals(expected, printed, "each entry prints the number of the page its article starts on");
    }
}
