package org.jianbao.workspace.json;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.jianbao.io.InputFiles;

/**
 * A JSON file read for editing: its text, and the bytes it had when read, so that {@link #save}
 * refuses to overwrite changes another program (an editor, the studio) made in the meantime.
 */
public final class JsonFile {
    /** Descriptors are tens of kilobytes; the descriptor reader's own limit. */
    static final long MAX_BYTES = 8L << 20;

    private final Path path;
    private final byte[] original;
    private final JsonText text;

    private JsonFile(Path path, byte[] original, JsonText text) {
        this.path = path;
        this.original = original;
        this.text = text;
    }

    /** Reads and parses {@code path} (UTF-8); any problem is a {@link JsonEditException} naming the file. */
    public static JsonFile read(Path path) {
        byte[] bytes;
        try {
            bytes = InputFiles.read(path, MAX_BYTES);   // regular files only, the cap kept while reading
        } catch (InputFiles.Refused e) {
            throw new JsonEditException(path + ": " + (e.getMessage().equals("does not exist") ? "no such file"
                    : "the file " + e.getMessage()));
        }
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new JsonEditException(path + ": not UTF-8 text; save it as UTF-8");
        }
        try {
            return new JsonFile(path, bytes, JsonText.parse(s));
        } catch (JsonEditException e) {
            String m = e.getMessage();
            throw new JsonEditException(path + (m.matches("(?s)\\d+:\\d+:.*") ? ":" : ": ") + m, e);
        }
    }

    public Path path() {
        return path;
    }

    /** The text as read. */
    public JsonText text() {
        return text;
    }

    /**
     * Writes {@code edited} over the file atomically, if the file still holds what was read; otherwise
     * nothing is written and a {@link JsonEditException} says so.
     */
    public void save(JsonText edited) {
        try {
            byte[] now = Files.readAllBytes(path);
            if (!Arrays.equals(now, original)) {
                throw new JsonEditException(path + ": changed by another program since it was read; nothing was"
                        + " written — run the command again");
            }
            AtomicWrite.replace(path, edited.text().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new JsonEditException(path + ": cannot be written (" + e.getMessage() + "); nothing was changed", e);
        }
    }
}
