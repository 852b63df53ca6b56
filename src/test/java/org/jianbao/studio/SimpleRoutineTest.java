package org.jianbao.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jianbao.model.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stand-in routine: next month's issue, and honest notices for the Word importer and the normaliser. */
class SimpleRoutineTest {
    @TempDir
    Path dir;

    private JsonNode next(String date, int number, int total) throws IOException {
        Path prev = dir.resolve("prev.json");
        Files.writeString(prev, "{\"profile\": \"profiles/p.json\", \"year\": " + date.substring(0, 4) + ", \"number\": " + number
                + ", \"total\": " + total + ", \"date\": \"" + date + "\", \"sections\": [{\"name\": \"协会动态\", \"articles\": ["
                + "{\"title\": \"旧文章\", \"body\": [\"旧\"]}]}], \"override\": {\"copies\": 150}}");
        Path target = dir.resolve("next-" + date + ".json");
        Routine.Outcome o = new SimpleRoutine().nextIssue(prev, target);
        assertTrue(o.done(), o.messages().toString());
        return JsonFormat.parse(Files.readAllBytes(target));
    }

    @Test
    void theNextIssueIsOneOnInNumberTotalAndMonthWithEmptySections() throws IOException {
        JsonNode n = next("2024-07-15", 7, 52);
        assertEquals(8, n.path("number").asInt());
        assertEquals(53, n.path("total").asInt());
        assertEquals("2024-08-15", n.path("date").asText());
        assertEquals("profiles/p.json", n.path("profile").asText());
        assertEquals("协会动态", n.path("sections").get(0).path("name").asText());
        assertEquals(0, n.path("sections").get(0).path("articles").size());
    }

    @Test
    void theLastDayOfAMonthStaysTheLastDay() throws IOException {
        assertEquals("2024-02-29", next("2024-01-31", 1, 10).path("date").asText());
        assertEquals("2024-07-31", next("2024-06-30", 6, 10).path("date").asText());
    }

    @Test
    void aNewYearStartsAtNumberOne() throws IOException {
        JsonNode n = next("2024-12-31", 12, 60);
        assertEquals(2025, n.path("year").asInt());
        assertEquals(1, n.path("number").asInt());
        assertEquals(61, n.path("total").asInt());
        assertEquals("2025-01-31", n.path("date").asText());
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws IOException {
        Path prev = dir.resolve("prev.json");
        Files.writeString(prev, "{\"profile\": \"p\", \"number\": 1, \"total\": 1, \"date\": \"2024-01-31\", \"sections\": []}");
        Path target = dir.resolve("taken.json");
        Files.writeString(target, "keep me");
        assertFalse(new SimpleRoutine().nextIssue(prev, target).done());
        assertEquals("keep me", Files.readString(target));
    }

    @Test
    void theFollowingDateOfTheIssueListIsTheSameRule() {
        assertEquals(LocalDate.parse("2023-02-28"), IssueFiles.following(LocalDate.parse("2023-01-31")));
        assertEquals(LocalDate.parse("2024-03-10"), IssueFiles.following(LocalDate.parse("2024-02-10")));
    }

    @Test
    void theStandInsSayWhatIsComingAndChangeNothing() throws IOException {
        SimpleRoutine r = new SimpleRoutine();
        Routine.Normalised n = r.normalise("会议,通过.", Lang.HANS);
        assertEquals("会议,通过.", n.text());
        assertTrue(n.notice().contains("即将推出"));
        Routine.Outcome o = r.importWord(dir.resolve("a.docx"), dir.resolve("i.json"), "协会动态", 0);
        assertFalse(o.done());
        assertTrue(o.messages().get(0).contains("即将推出"));
    }
}
