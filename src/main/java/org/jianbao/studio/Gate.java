package org.jianbao.studio;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Every request passes here first. It is served only when
 * <ul>
 * <li>{@code Host} is {@code 127.0.0.1:PORT} or {@code localhost:PORT} (a page on another name that
 * resolves to this machine — DNS rebinding — is refused);</li>
 * <li>an {@code Origin}, when sent, is this server's own, and {@code Sec-Fetch-Site}, when sent, says
 * same-origin or a typed address (a page on another port of localhost is same-site, not same-origin);</li>
 * <li>it carries the session's token: in the {@code X-Jianbao-Token} header, which a page of
 * another origin cannot set, or — for reading only (GET) — in the cookie that opening the printed
 * address sets. A request that changes anything needs the header and an {@code Origin}.</li>
 * </ul>
 * Then the route's handler answers; a {@link Refusal} becomes its status and message, anything
 * else a short 500 — never a stack trace.
 */
final class Gate implements HttpHandler {
    static final String TOKEN_HEADER = "X-Jianbao-Token";
    /**
     * Scripts, styles, pictures and requests from this server only; no inline script or style,
     * no eval, no frames, no forms posting elsewhere.
     */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /** A route's work. */
    interface Handler {
        Reply handle(Request request) throws IOException;
    }

    private final Map<String, Map<String, Handler>> routes = new HashMap<>();
    private final byte[] token;
    private final String cookie;
    private final Set<String> hosts;
    private final Set<String> origins;

    Gate(String token, int port) {
        this.token = token.getBytes(StandardCharsets.US_ASCII);
        this.cookie = "jianbao-studio-" + port;
        this.hosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
        this.origins = Set.of("http://127.0.0.1:" + port, "http://localhost:" + port);
    }

    Gate route(String method, String path, Handler handler) {
        routes.computeIfAbsent(path, p -> new HashMap<>()).put(method, handler);
        return this;
    }

    @Override
    public void handle(HttpExchange ex) {
        Reply reply;
        try {
            reply = answer(new Request(ex));
        } catch (Refusal r) {
            reply = Reply.error(r.status(), r.getMessage());
        } catch (Exception | StackOverflowError e) {
            System.err.println("jianbao studio: internal error on " + ex.getRequestMethod() + " "
                    + ex.getRequestURI().getPath() + ": " + e);
            reply = Reply.error(500, "内部错误，操作没有完成（" + e.getClass().getSimpleName() + "）；请重试，如果再次出现请报告。");
        }
        send(ex, reply);
    }

    private Reply answer(Request r) throws IOException {
        if (!hosts.contains(r.header("Host"))) {
            throw Refusal.forbidden("拒绝访问：地址必须是 127.0.0.1 或 localhost 加端口号");
        }
        String origin = r.header("Origin");
        if (origin != null && !origins.contains(origin)) {
            throw Refusal.forbidden("拒绝访问：请求来自别的网站");
        }
        String site = r.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            throw Refusal.forbidden("拒绝访问：请求来自别的网站");
        }
        boolean reading = r.method().equals("GET") || r.method().equals("HEAD");
        if (reading && r.path().equals("/") && r.param("token") != null) {
            if (!matches(r.param("token"))) {
                return Reply.html(403, Assets.NO_ENTRY);
            }
            // the token moves from the address bar into a cookie that scripts cannot read
            return Reply.redirect("/").header("Set-Cookie", cookie + "=" + new String(token, StandardCharsets.US_ASCII)
                    + "; Path=/; HttpOnly; SameSite=Strict");
        }
        boolean byHeader = matches(r.header(TOKEN_HEADER));
        if (!reading && (origin == null || !byHeader)) {
            throw Refusal.forbidden("拒绝访问：缺少会话令牌或来源");
        }
        if (!byHeader && !matches(cookieValue(r.header("Cookie")))) {
            if (r.path().equals("/")) {
                return Reply.html(403, Assets.NO_ENTRY);
            }
            throw Refusal.forbidden("拒绝访问：缺少会话令牌；请用启动时显示的完整地址打开");
        }
        Map<String, Handler> byMethod = routes.get(r.path());
        if (byMethod == null) {
            Handler prefix = prefixed(r.path());
            if (prefix != null && reading) {
                return prefix.handle(r);
            }
            throw Refusal.notFound("没有这个页面：" + r.path());
        }
        Handler h = byMethod.get(r.method().equals("HEAD") ? "GET" : r.method());
        if (h == null) {
            throw Refusal.notAllowed("不支持这种请求方式");
        }
        return h.handle(r);
    }

    /** Routes ending in {@code /*} serve a folder (the static files). */
    private Handler prefixed(String path) {
        for (var e : routes.entrySet()) {
            String p = e.getKey();
            if (p.endsWith("/*") && path.startsWith(p.substring(0, p.length() - 1))) {
                return e.getValue().get("GET");
            }
        }
        return null;
    }

    private boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(token, candidate.getBytes(StandardCharsets.US_ASCII));
    }

    private String cookieValue(String header) {
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            String p = part.trim();
            if (p.startsWith(cookie + "=")) {
                return p.substring(cookie.length() + 1);
            }
        }
        return null;
    }

    private static void send(HttpExchange ex, Reply reply) {
        try (ex) {
            var h = ex.getResponseHeaders();
            h.set("Content-Security-Policy", CSP);
            h.set("X-Content-Type-Options", "nosniff");
            h.set("X-Frame-Options", "DENY");
            h.set("Referrer-Policy", "no-referrer");
            h.set("Cross-Origin-Opener-Policy", "same-origin");
            h.set("Cross-Origin-Resource-Policy", "same-origin");
            h.set("Cache-Control", "no-store");
            if (reply.type != null) {
                h.set("Content-Type", reply.type);
            }
            reply.headers.forEach(h::set);
            boolean head = ex.getRequestMethod().equals("HEAD");
            long length = reply.body.length == 0 || head ? -1 : reply.body.length;
            ex.sendResponseHeaders(reply.status, length);
            if (length > 0) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(reply.body);
                }
            }
        } catch (IOException e) {
            // the browser went away: nothing to tell it
        }
    }
}
