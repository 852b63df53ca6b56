package org.jianbao.studio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.nio.charset.StandardCharsets;

/**
 * JSON as the studio reads and writes it. Written files have the samples' layout — two spaces
 * of indent, {@code "key": value}, one array item per line, {@code []} and {@code {}} when empty,
 * a final newline — and keep the order of keys as read, so a sample read and written again is
 * byte for byte the same and a diff shows only what was edited.
 */
final class JsonFormat {
    /** Same limits as the descriptor reader: 8 MiB, 64 levels. */
    static final int MAX_BYTES = 8 << 20;
    private static final int MAX_DEPTH = 64;

    static final ObjectMapper MAPPER = mapper();
    private static final ObjectWriter PRETTY = MAPPER.writer(printer());
    private static final ObjectWriter COMPACT = MAPPER.writer();

    private JsonFormat() {
    }

    private static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH).maxStringLength(1 << 20).maxDocumentLength(MAX_BYTES).build());
        return m;
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        Separators sep = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(sep).withObjectIndenter(indent).withArrayIndenter(indent);
    }

    /** Parses JSON text; malformed JSON is a {@link Refusal} that says where. */
    static JsonNode parse(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw Refusal.tooLarge("内容超过 8 MiB，无法保存");
        }
        try {
            return MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw Refusal.badRequest("JSON 格式有误" + (at == null ? "" : "（第 " + at.getLineNr() + " 行第 "
                    + at.getColumnNr() + " 列）") + "：" + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw Refusal.badRequest("JSON 无法读取：" + e.getMessage());
        }
    }

    /** The layout files are written in. */
    static byte[] pretty(JsonNode node) {
        try {
            return (PRETTY.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** One line, for answers to the browser. */
    static byte[] compact(Object value) {
        try {
            return COMPACT.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the studio's answers always serialise", e);
        }
    }
}
