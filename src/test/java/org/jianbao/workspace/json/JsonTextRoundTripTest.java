package org.jianbao.workspace.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jianbao.Jianbao;
import org.jianbao.TestFonts;
import org.junit.jupiter.api.Test;

/**
 * Over every value of every sample descriptor and profile: the span holds exactly that value, an
 * unchanged scalar written back changes no byte, and an element removed and inserted again gives the
 * same document.
 */
class JsonTextRoundTripTest {
    private static final ObjectMapper M = new ObjectMapper();

    private static List<Path> samples() throws Exception {
        Path issues = TestFonts.home().resolve("issues");
        try (Stream<Path> s = Files.walk(issues)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static void paths(JsonNode n, JsonPath at, List<JsonPath> out) {
        out.add(at);
        if (n.isObject()) {
            n.properties().forEach(e -> paths(e.getValue(), at.member(e.getKey()), out));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                paths(n.get(i), at.element(i), out);
            }
        }
    }

    @Test
    void everySpanOfEverySampleHoldsItsValueAndUneditedPartsStayByteIdentical() throws Exception {
        int checked = 0;
        for (Path file : samples()) {
            String src = Files.readString(file);
            JsonNode tree = M.readTree(src);
            JsonText t = JsonText.parse(src);
            List<JsonPath> all = new ArrayList<>();
            paths(tree, JsonPath.ROOT, all);
            for (JsonPath p : all) {
                JsonNode expected = tree.at(pointer(p));
                assertEquals(expected, t.value(p.toString()), file + " " + p);
                if (expected.isValueNode() && !expected.isTextual()) {
                    assertEquals(src, t.replace(p.toString(), expected).text(), file + " " + p);
                }
                if (p.last() instanceof Integer i) {
                    String parent = p.parent().toString();
                    JsonText back = t.remove(p.toString()).insert(parent, i, expected);
                    assertEquals(tree, M.readTree(back.text()), file + " " + p);
                }
                checked++;
            }
        }
        assertEquals(true, checked > 500, "values checked: " + checked);
    }

    private static String pointer(JsonPath p) {
        StringBuilder s = new StringBuilder();
        for (Object step : p.steps()) {
            s.append('/').append(step.toString().replace("~", "~0").replace("/", "~1"));
        }
        return s.toString();
    }
}
