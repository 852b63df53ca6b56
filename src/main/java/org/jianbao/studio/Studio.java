package org.jianbao.studio;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The studio's server: the JDK's own HTTP server on 127.0.0.1 only, a fresh token for each run,
 * and the routes of the editor. {@link #start} returns once it listens; {@link #close} stops it.
 */
public final class Studio implements AutoCloseable {
    private static final int THREADS = 4;

    private final HttpServer server;
    private final ExecutorService threads;
    private final String token;

    private Studio(HttpServer server, ExecutorService threads, String token) {
        this.server = server;
        this.threads = threads;
        this.token = token;
    }

    /**
     * Starts a studio for the workspace at {@code folder} on {@code port} of 127.0.0.1 (0: any free
     * port). A folder that is no workspace is an {@link IOException} saying why.
     */
    public static Studio start(Path folder, int port, Pipeline pipeline, Routine routine) throws IOException {
        Workspace workspace = Workspace.open(folder);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
        int bound = server.getAddress().getPort();
        String token = newToken();
        Documents documents = new Documents(workspace, Clock.systemDefaultZone());
        IssueFiles files = new IssueFiles(workspace);
        PageCache pages = new PageCache(pipeline);
        Assets assets = new Assets(token);
        Gate gate = new Gate(token, bound)
                .route("GET", "/", assets::page)
                .route("GET", "/static/*", assets::file);
        PreviewApi previews = new PreviewApi(workspace, files, pages, pipeline);
        previews.register(gate);
        new ProfileApi(workspace, documents, pipeline, previews).register(gate);
        new IssueApi(workspace, files, documents, pipeline, routine).register(gate);
        new UploadApi(workspace, files, documents, routine).register(gate);
        new HistoryApi(workspace, documents).register(gate);
        server.createContext("/", gate);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "jianbao-studio");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.start();
        warmUp(workspace, files, pages);
        return new Studio(server, threads, token);
    }

    /**
     * Lays out and draws the most recently changed issue in the background, so that the pages are
     * ready (and the compiler warm) when it is opened; a failure only means the first preview
     * takes longer.
     */
    private static void warmUp(Workspace workspace, IssueFiles files, PageCache pages) {
        Thread t = new Thread(() -> {
            try {
                Path latest = null;
                long newest = Long.MIN_VALUE;
                for (IssueFiles.Summary s : files.all()) {
                    Path p = workspace.root().resolve(s.id());
                    long m = java.nio.file.Files.getLastModifiedTime(p).toMillis();
                    if (m > newest) {
                        newest = m;
                        latest = p;
                    }
                }
                if (latest != null) {
                    pages.render(latest.toRealPath());
                }
            } catch (IOException | RuntimeException e) {
                // only a head start
            }
        }, "jianbao-studio-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        t.start();
    }

    /** A studio with the routine of the command line ({@code jianbao new}, {@code import}, the normaliser). */
    public static Studio start(Path folder, int port, Pipeline pipeline) throws IOException {
        return start(folder, port, pipeline, new WorkspaceRoutine());
    }

    private static String newToken() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The address to open: it carries the token, which the first visit turns into a cookie. */
    public URI address() {
        return URI.create("http://127.0.0.1:" + port() + "/?token=" + token);
    }

    String token() {
        return token;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
