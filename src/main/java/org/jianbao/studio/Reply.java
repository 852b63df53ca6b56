package org.jianbao.studio;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An answer: status, content type, bytes and extra headers. */
final class Reply {
    final int status;
    final String type;
    final byte[] body;
    final Map<String, String> headers = new LinkedHashMap<>();

    private Reply(int status, String type, byte[] body) {
        this.status = status;
        this.type = type;
        this.body = body;
    }

    static Reply json(Object value) {
        return json(200, value);
    }

    static Reply json(int status, Object value) {
        return new Reply(status, "application/json; charset=utf-8", JsonFormat.compact(value));
    }

    static Reply error(int status, String message) {
        return json(status, Map.of("error", message));
    }

    static Reply bytes(String type, byte[] body) {
        return new Reply(200, type, body);
    }

    static Reply html(int status, String html) {
        return new Reply(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    static Reply redirect(String location) {
        return new Reply(303, null, new byte[0]).header("Location", location);
    }

    Reply header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The version of the document in this answer, as an ETag. */
    Reply etag(String version) {
        return header("ETag", "\"" + version + "\"");
    }
}
