package org.jianbao.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate in front of every request: loopback only, the session token (header, or the cookie
 * for reading), this server's own Host and Origin, and the security headers on every answer.
 */
class GateTest {
    @TempDir
    static Path tmp;
    static StudioFixture s;

    @BeforeAll
    static void start() throws IOException {
        s = StudioFixture.samples(tmp);
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    private HttpResponse<String> plain(HttpRequest.Builder b) {
        return s.send(b.build());
    }

    @Test
    void aRequestWithoutTheTokenIsRefused() {
        var r = plain(HttpRequest.newBuilder(s.uri("/api/workspace")));
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("令牌"), r.body());
        assertEquals(403, plain(HttpRequest.newBuilder(s.uri("/static/js/main.js"))).statusCode(), "static files too");
        assertEquals(403, plain(HttpRequest.newBuilder(s.uri("/"))).statusCode(), "the page too");
    }

    @Test
    void aWrongTokenIsRefused() {
        assertEquals(403, plain(HttpRequest.newBuilder(s.uri("/api/workspace")).header(Gate.TOKEN_HEADER, "guess")).statusCode());
        assertEquals(403, plain(HttpRequest.newBuilder(s.uri("/?token=guess"))).statusCode());
        assertEquals(403, plain(HttpRequest.newBuilder(s.uri("/api/workspace"))
                .header("Cookie", "jianbao-studio-" + s.studio.port() + "=guess")).statusCode());
    }

    @Test
    void theAddressWithTheTokenSetsAnHttpOnlyStrictCookieAndDropsTheTokenFromTheAddress() {
        var r = plain(HttpRequest.newBuilder(s.studio.address()));
        assertEquals(303, r.statusCode());
        assertEquals("/", r.headers().firstValue("Location").orElse(""));
        String cookie = r.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.startsWith("jianbao-studio-" + s.studio.port() + "=" + s.studio.token() + ";"), cookie);
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/"), cookie);
    }

    @Test
    void theCookieAloneReadsButNeverWrites() {
        String cookie = "jianbao-studio-" + s.studio.port() + "=" + s.studio.token();
        var page = plain(HttpRequest.newBuilder(s.uri("/")).header("Cookie", cookie));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("content=\"" + s.studio.token() + "\""), "the page hands the token to its scripts");
        assertEquals(200, plain(HttpRequest.newBuilder(s.uri("/api/issues")).header("Cookie", cookie)).statusCode());
        var put = plain(HttpRequest.newBuilder(s.uri("/api/issue?id=zhejiang-2020-07.json")).header("Cookie", cookie)
                .header("Origin", s.origin()).header("If-Match", "x").PUT(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(403, put.statusCode(), "a write needs the header, which other sites cannot set");
    }

    @Test
    void anotherSitesOriginIsRefused() {
        assertEquals(403, plain(s.request("/api/workspace").setHeader("Origin", "http://evil.example")).statusCode());
        assertEquals(403, plain(s.request("/api/workspace").setHeader("Origin", "http://127.0.0.1:1")).statusCode(),
                "another port of this machine is another origin");
        var put = plain(s.request("/api/issues/next?from=zhejiang-2020-07.json").setHeader("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, put.statusCode());
    }

    @Test
    void aWriteWithoutOriginIsRefused() {
        var r = plain(HttpRequest.newBuilder(s.uri("/api/issues/next?from=zhejiang-2020-07.json"))
                .header(Gate.TOKEN_HEADER, s.studio.token()).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, r.statusCode());
    }

    @Test
    void aRequestFromAnotherSiteByFetchMetadataIsRefused() {
        assertEquals(403, plain(s.request("/api/workspace").header("Sec-Fetch-Site", "cross-site")).statusCode());
        assertEquals(403, plain(s.request("/api/workspace").header("Sec-Fetch-Site", "same-site")).statusCode(),
                "a page on another port of localhost is same-site");
        assertEquals(200, plain(s.request("/api/workspace").header("Sec-Fetch-Site", "same-origin")).statusCode());
    }

    @Test
    void aHostOtherThanLoopbackWithThisPortIsRefused() throws IOException {
        assertTrue(raw("evil.example:" + s.studio.port()).startsWith("HTTP/1.1 403"), "DNS rebinding");
        assertTrue(raw("127.0.0.1:1").startsWith("HTTP/1.1 403"));
        assertTrue(raw("localhost:" + s.studio.port()).startsWith("HTTP/1.1 200"));
        assertTrue(raw("127.0.0.1:" + s.studio.port()).startsWith("HTTP/1.1 200"));
    }

    /** A GET of /api/workspace with the token and the given Host header, over a plain socket. */
    private String raw(String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), s.studio.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/workspace HTTP/1.1\r\nHost: " + host + "\r\n" + Gate.TOKEN_HEADER + ": " + s.studio.token()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theServerListensOnLoopbackOnly() throws IOException {
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                if (a.isLoopbackAddress() || !(a instanceof Inet4Address)) {
                    continue;
                }
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(a, s.studio.port()), 1000);
                    throw new AssertionError("the studio answered on " + a.getHostAddress());
                } catch (IOException refused) {
                    // as it should be
                }
            }
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (var r : java.util.List.of(s.get("/"), s.get("/api/workspace"), s.get("/api/nothing"))) {
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'self'")
                    && !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""));
            assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""));
        }
    }

    @Test
    void unknownPathsAndMethodsAnswerInJsonWithoutAStackTrace() {
        var missing = s.get("/api/nothing");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().startsWith("{\"error\":"), missing.body());
        var wrong = s.send(s.request("/api/issues").DELETE().build());
        assertEquals(405, wrong.statusCode());
        var bad = s.send(s.request("/api/issue?id=zhejiang-2020-07.json").header("If-Match", "x")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"data\": [1, 2,")).build());
        assertEquals(400, bad.statusCode());
        assertFalse(bad.body().contains("Exception") || bad.body().contains("\tat "), bad.body());
    }
}
