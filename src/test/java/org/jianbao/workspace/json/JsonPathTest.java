package org.jianbao.workspace.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Paths read and print in the form the descriptor's messages use. */
class JsonPathTest {
    @Test
    void aPathReadsBackAsItIsPrinted() {
        for (String p : List.of("$", "$.sections[0].articles[12].title", "$[\"$schema\"]", "$.a[\"b.c\"][3]")) {
            assertEquals(p, JsonPath.parse(p).toString().replace("$.$schema", "$[\"$schema\"]"));
        }
        assertEquals(List.of("sections", 0, "name"), JsonPath.parse("$.sections[0].name").steps());
        assertEquals("$.sections", JsonPath.parse("$.sections[0]").parent().toString());
    }
}
