package org.jianbao.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jianbao.importer.article.ImportException;
import org.jianbao.importer.article.Report;

/** A text file's characters: UTF-8, or else GB18030 (what Notepad on a Chinese Windows saves), with a warning. */
final class TextFiles {
    /** A Markdown or text article is far smaller; the descriptor reader's limit. */
    static final long MAX_BYTES = 8L << 20;

    private TextFiles() {
    }

    static String read(Path file, Report report) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportException(file + ": larger than " + (MAX_BYTES >> 20) + " MiB; is this the right file?");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        String s;
        try {
            s = decode(bytes, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            try {
                s = decode(bytes, Charset.forName("GB18030"));
                report.warn(file.getFileName() + " is not UTF-8; it was read as GB18030 (GBK), the Chinese Windows"
                        + " encoding — check that the text reads right");
            } catch (CharacterCodingException e2) {
                throw new ImportException(file + ": neither UTF-8 nor GBK text; save it as UTF-8");
            }
        }
        return (s.startsWith("\uFEFF") ? s.substring(1) : s).replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String decode(byte[] b, Charset cs) throws CharacterCodingException {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(b)).toString();
    }
}
