package org.jianbao.studio;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** One request as the handlers see it: method, path, query, headers, and a body read under a cap. */
final class Request {
    private final HttpExchange exchange;
    private final Map<String, String> query;

    Request(HttpExchange exchange) {
        this.exchange = exchange;
        this.query = parse(exchange.getRequestURI().getRawQuery());
    }

    String method() {
        return exchange.getRequestMethod();
    }

    String path() {
        return exchange.getRequestURI().getPath();
    }

    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** A query parameter, or {@code null}. */
    String param(String name) {
        return query.get(name);
    }

    /** A query parameter that must be there. */
    String required(String name) {
        String v = query.get(name);
        if (v == null || v.isEmpty()) {
            throw Refusal.badRequest("缺少参数 " + name);
        }
        return v;
    }

    int intParam(String name, int fallback) {
        String v = query.get(name);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        if (!v.matches("\\d{1,6}")) {
            throw Refusal.badRequest("参数 " + name + " 应是一个数字");
        }
        return Integer.parseInt(v);
    }

    /**
     * The body, refused with 413 when longer than {@code cap} bytes (told or found while reading).
     * An oversized body is read on to its end (up to {@value #DRAIN} bytes, and only from a client
     * that passed the gate) so that the browser receives the refusal instead of a broken connection.
     */
    byte[] body(int cap, String what) throws IOException {
        String length = header("Content-Length");
        try (InputStream in = exchange.getRequestBody()) {
            if (length != null && length.matches("\\d{1,15}") && Long.parseLong(length) > cap) {
                discard(in, Math.min(Long.parseLong(length), DRAIN));
                throw Refusal.tooLarge(what + "太大（上限 " + (cap >> 20) + " MiB）");
            }
            byte[] b = in.readNBytes(cap + 1);
            if (b.length > cap) {
                throw Refusal.tooLarge(what + "太大（上限 " + (cap >> 20) + " MiB）");
            }
            return b;
        } catch (java.io.EOFException e) {
            throw Refusal.badRequest(what + "没有传完整");
        }
    }

    /**
     * Reads and drops {@code n} bytes. Not {@code skip}: the JDK server's body stream passes a skip
     * to the connection underneath, past its own count of the body, and then waits for bytes that
     * never come.
     */
    private static void discard(InputStream in, long n) throws IOException {
        byte[] buf = new byte[1 << 16];
        for (long left = n; left > 0; ) {
            int r = in.read(buf, 0, (int) Math.min(buf.length, left));
            if (r < 0) {
                return;
            }
            left -= r;
        }
    }

    /** The most of an oversized body read before refusing it. */
    private static final long DRAIN = 64L << 20;

    private static Map<String, String> parse(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                out.putIfAbsent(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw Refusal.badRequest("网址参数无法识别");
            }
        }
        return out;
    }
}
