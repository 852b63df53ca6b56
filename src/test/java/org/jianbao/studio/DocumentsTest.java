package org.jianbao.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving is safe: the version a save was made from must be the file's current one (else 409
 * and nothing written), the write is atomic, and the previous version is kept in the history.
 */
class DocumentsTest {
    @TempDir
    Path dir;
    Path file;
    Documents docs;
    MutableClock clock = new MutableClock();

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2024-07-01T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve("profiles"));
        file = dir.resolve("issue.json");
        Files.writeString(file, "{\n  \"profile\": \"profiles/p.json\",\n  \"total\": 1\n}\n");
        docs = new Documents(Workspace.open(dir), clock);
    }

    private ObjectNode withTotal(int total) {
        ObjectNode n = (ObjectNode) docs.load(file).json();
        n.put("total", total);
        return n;
    }

    @Test
    void aSaveFromAnOlderVersionIsRefusedWithAConflictAndWritesNothing() throws IOException {
        String v1 = docs.load(file).version();
        String v2 = docs.save(file, withTotal(2), v1);
        String onDisk = Files.readString(file);
        Refusal r = assertThrows(Refusal.class, () -> docs.save(file, withTotal(3), v1));
        assertEquals(409, r.status());
        assertTrue(r.getMessage().contains("重新载入"), r.getMessage());
        assertEquals(onDisk, Files.readString(file));
        assertEquals(v2, docs.version(file));
    }

    @Test
    void aSaveWithoutAVersionIsRefused() {
        assertEquals(428, assertThrows(Refusal.class, () -> docs.save(file, withTotal(2), null)).status());
    }

    @Test
    void theVersionIsTheFilesContentSoAnOutsideEditCounts() throws IOException {
        String v1 = docs.load(file).version();
        Files.writeString(file, Files.readString(file).replace("1", "5"));
        assertNotEquals(v1, docs.version(file));
        assertEquals(409, assertThrows(Refusal.class, () -> docs.save(file, withTotal(2), v1)).status());
        assertEquals(v1.length(), docs.save(file, withTotal(2), "\"" + docs.version(file) + "\"").length(), "ETag quotes accepted");
    }

    @Test
    void thePreviousVersionIsKeptOnceAMinuteWhileTyping() throws IOException {
        String v = docs.load(file).version();
        String original = Files.readString(file);
        v = docs.save(file, withTotal(2), v);
        assertEquals(1, docs.history(file).size());
        assertEquals(1, docs.kept(file, docs.history(file).get(0).name()).path("total").asInt(), "the version before the save");
        clock.now = clock.now.plusSeconds(20);
        v = docs.save(file, withTotal(3), v);
        assertEquals(1, docs.history(file).size(), "within a minute of the last copy: the first copy stands");
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        docs.save(file, withTotal(4), v);
        assertEquals(2, docs.history(file).size());
        assertEquals(3, docs.kept(file, docs.history(file).get(0).name()).path("total").asInt(), "newest first");
        assertTrue(original.contains("\"total\": 1"));
    }

    @Test
    void theHistoryKeepsTheLastThirtyCopies() {
        String v = docs.load(file).version();
        for (int i = 0; i < Documents.KEEP + 5; i++) {
            clock.now = clock.now.plus(Duration.ofMinutes(2));
            v = docs.save(file, withTotal(100 + i), v);
        }
        assertEquals(Documents.KEEP, docs.history(file).size());
    }

    @Test
    void aSaveLeavesNoTemporaryFileAndAnUnchangedSaveWritesNothing() throws IOException {
        String v = docs.load(file).version();
        String same = docs.save(file, withTotal(1), v);
        assertEquals(v, same);
        assertEquals(0, docs.history(file).size(), "nothing changed, nothing kept");
        docs.save(file, withTotal(2), v);
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(0, s.filter(p -> p.getFileName().toString().endsWith(".part")).count());
        }
    }

    @Test
    void theHistoryLivesInTheWorkspacesHiddenFolder() {
        String v = docs.load(file).version();
        docs.save(file, withTotal(2), v);
        assertTrue(Files.isDirectory(dir.resolve(".history").resolve("issue.json")));
    }

    @Test
    void everySampleIsWrittenBackByteForByte() throws IOException {
        Path issues = Path.of(System.getProperty("jianbao.home", ".")).resolve("issues");
        try (Stream<Path> s = Files.walk(issues)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".json")).toList()) {
                byte[] original = Files.readAllBytes(p);
                assertEquals(new String(original, java.nio.charset.StandardCharsets.UTF_8),
                        new String(JsonFormat.pretty(JsonFormat.parse(original)), java.nio.charset.StandardCharsets.UTF_8),
                        p.getFileName() + ": key order, spacing and numbers kept");
            }
        }
    }
}
