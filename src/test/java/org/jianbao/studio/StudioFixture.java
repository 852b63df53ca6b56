package org.jianbao.studio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A studio running on a copy of the repository's sample issues (so tests never touch the
 * samples themselves), with an HTTP client that sends what the editor's page sends: the token
 * header and this server's Origin.
 */
final class StudioFixture implements AutoCloseable {
    private static Pipeline pipeline;

    final Path workspace;
    final Studio studio;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private StudioFixture(Path workspace, Studio studio) {
        this.workspace = workspace;
        this.studio = studio;
    }

    /** One pipeline for all tests of a run: the fonts are loaded once, as in a real session. */
    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = new Pipeline(org.jianbao.TestFonts.jianbao());
        }
        return pipeline;
    }

    /** A studio on a copy of the repository's {@code issues/} in {@code dir}. */
    static StudioFixture samples(Path dir) throws IOException {
        Path ws = dir.resolve("workspace");
        copy(Path.of(System.getProperty("jianbao.home", ".")).resolve("issues"), ws);
        return new StudioFixture(ws, Studio.start(ws, 0, pipeline()));
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    String origin() {
        return "http://127.0.0.1:" + studio.port();
    }

    URI uri(String pathAndQuery) {
        return URI.create(origin() + pathAndQuery);
    }

    /** A request as the editor's scripts make it: token header and Origin. */
    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).header(Gate.TOKEN_HEADER, studio.token()).header("Origin", origin());
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(request(pathAndQuery).GET().build());
    }

    HttpResponse<byte[]> getBytes(String pathAndQuery) {
        try {
            return http.send(request(pathAndQuery).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> send(HttpRequest r) {
        try {
            return http.send(r, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void deleteQuietly(Path dir) {
        FileSafety.deleteTree(dir);
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        studio.close();
    }
}
