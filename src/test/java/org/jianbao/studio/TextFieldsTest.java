package org.jianbao.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jianbao.model.Lang;
import org.junit.jupiter.api.Test;

/** On save, every printed text of an issue goes through the normaliser, in its language, and each change is located. */
class TextFieldsTest {
    /** A normaliser that swaps ASCII commas, noting each text it saw and its language. */
    static final class Commas implements Routine {
        final java.util.List<String> seen = new java.util.ArrayList<>();

        @Override
        public Outcome nextIssue(Path previous, Path target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Outcome importWord(Path docx, Path issue, String section, int at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Normalised normalise(String text, Lang lang) {
            seen.add(lang + ":" + text);
            return text.contains(",") ? new Normalised(text.replace(',', '，'), List.of(", → ，"), null)
                    : new Normalised(text, List.of(), null);
        }
    }

    @Test
    void everyPrintedTextIsNormalisedAndEachChangeLocated() {
        ObjectNode issue = (ObjectNode) JsonFormat.parse(("{\"profile\":\"p\",\"date\":\"2024-01-01\",\"sections\":[{\"name\":\"动态,一\","
                + "\"lang\":\"zh-Hant\",\"articles\":[{\"title\":\"甲,乙\",\"byline\":\"丙\",\"body\":[\"段,落\","
                + "{\"type\":\"list\",\"items\":[\"一,\",\"二\"]},{\"type\":\"image\",\"src\":\"images/a,b.png\",\"caption\":\"图,注\"},"
                + "{\"type\":\"table\",\"columns\":[{}],\"header\":[[\"表,头\"]],\"rows\":[[{\"text\":\"格,子\"}]]},"
                + "{\"type\":\"signature\",\"signer\":\"协会,\",\"date\":\"2024-01-01\"}]}]}]}").getBytes(StandardCharsets.UTF_8));
        Commas c = new Commas();
        TextFields.Result r = TextFields.normalise(issue, c);
        assertTrue(r.altered());
        List<String> paths = r.changes().stream().map(TextFields.Change::path).toList();
        assertEquals(List.of("$.sections[0].articles[0].title", "$.sections[0].articles[0].body[0]",
                "$.sections[0].articles[0].body[1].items[0]", "$.sections[0].articles[0].body[2].caption",
                "$.sections[0].articles[0].body[3].header[0][0]", "$.sections[0].articles[0].body[3].rows[0][0].text",
                "$.sections[0].articles[0].body[4].signer"), paths);
        String out = issue.toString();
        assertTrue(out.contains("甲，乙") && out.contains("段，落") && out.contains("格，子"), out);
        assertTrue(out.contains("\"动态,一\"") && out.contains("images/a,b.png"), "names and file names are left alone");
        assertTrue(c.seen.stream().allMatch(x -> x.startsWith("HANT:")), "the section's language applies: " + c.seen);
    }
}
