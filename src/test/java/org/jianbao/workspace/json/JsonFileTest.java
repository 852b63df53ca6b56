package org.jianbao.workspace.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.IntNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is written whole or not at all, and never over changes made since it was read. */
class JsonFileTest {
    @TempDir
    Path dir;

    private long leftovers() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".part")).count();
        }
    }

    @Test
    void aSavedEditReplacesTheFileAndLeavesNoTemporaryFile() throws Exception {
        Path f = dir.resolve("a.json");
        Files.writeString(f, "{\n  \"n\": 1\n}\n");
        JsonFile file = JsonFile.read(f);
        file.save(file.text().replace("$.n", IntNode.valueOf(2)));
        assertEquals("{\n  \"n\": 2\n}\n", Files.readString(f));
        assertEquals(0, leftovers());
    }

    @Test
    void aFileChangedSinceItWasReadIsNotOverwritten() throws Exception {
        Path f = dir.resolve("a.json");
        Files.writeString(f, "{\"n\": 1}");
        JsonFile file = JsonFile.read(f);
        Files.writeString(f, "{\"n\": 5}");
        JsonEditException e = assertThrows(JsonEditException.class,
                () -> file.save(file.text().replace("$.n", IntNode.valueOf(2))));
        assertTrue(e.getMessage().contains("changed by another program"), e.getMessage());
        assertEquals("{\"n\": 5}", Files.readString(f));
    }

    @Test
    void aFailedWriteLeavesTheTargetAsItWas() throws Exception {
        Path target = dir.resolve("busy");
        Files.createDirectories(target.resolve("inside"));   // a non-empty folder cannot be replaced by a file
        assertThrows(java.io.IOException.class, () -> AtomicWrite.replace(target, "x".getBytes(StandardCharsets.UTF_8)));
        assertTrue(Files.isDirectory(target.resolve("inside")));
        assertEquals(0, leftovers());
    }

    @Test
    void creatingNeverOverwritesAnExistingFile() throws Exception {
        Path f = dir.resolve("new.json");
        AtomicWrite.create(f, "1".getBytes(StandardCharsets.UTF_8));
        assertThrows(FileAlreadyExistsException.class, () -> AtomicWrite.create(f, "2".getBytes(StandardCharsets.UTF_8)));
        assertArrayEquals("1".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(f));
        assertEquals(0, leftovers());
    }

    @Test
    void aFileThatIsNotUtf8OrNotJsonIsNamedInTheMessage() throws Exception {
        Path f = dir.resolve("gbk.json");
        Files.write(f, new byte[] {'{', '"', (byte) 0xC4, (byte) 0xE3, '"', ':', '1', '}'});
        JsonEditException e = assertThrows(JsonEditException.class, () -> JsonFile.read(f));
        assertEquals(f + ": not UTF-8 text; save it as UTF-8", e.getMessage());
        Files.writeString(f, "{\n\"a\" 1}");
        e = assertThrows(JsonEditException.class, () -> JsonFile.read(f));
        assertTrue(e.getMessage().startsWith(f + ":2:"), e.getMessage());
    }
}
