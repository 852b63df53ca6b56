package org.jianbao.studio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The editor's own files — HTML, CSS, JavaScript modules, icons — served from the jar. Nothing
 * comes from the network, so the studio works offline. The page receives the session token in a
 * {@code <meta>} tag, from which its scripts set the {@code X-Jianbao-Token} header.
 */
final class Assets {
    private static final String BASE = "/org/jianbao/studio/web/";
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*\\.(js|css|svg|png)");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png");

    /** The answer to a visit without the token: where to find the right address. */
    static final String NO_ENTRY = "<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>简报工作室</title>"
            + "<body><h1>请用启动时显示的地址打开</h1><p>为了安全，简报工作室只接受带令牌的地址。"
            + "请复制运行 <code>jianbao studio</code> 的窗口里显示的完整地址（以 <code>?token=</code> 结尾）到浏览器。</p>";

    private final String token;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    Assets(String token) {
        this.token = token;
    }

    /** {@code GET /}: the editor's page. */
    Reply page(Request r) throws IOException {
        String html = new String(load("index.html"), StandardCharsets.UTF_8).replace("{{token}}", token);
        return Reply.html(200, html);
    }

    /** {@code GET /static/NAME}. */
    Reply file(Request r) throws IOException {
        String name = r.path().substring("/static/".length());
        if (!NAME.matcher(name).matches()) {
            throw Refusal.notFound("没有这个文件");
        }
        byte[] bytes = load(name);
        return Reply.bytes(TYPES.get(name.substring(name.lastIndexOf('.') + 1)), bytes).header("Cache-Control", "no-cache");
    }

    private byte[] load(String name) throws IOException {
        byte[] cached = cache.get(name);
        if (cached != null) {
            return cached;
        }
        try (InputStream in = Assets.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw Refusal.notFound("没有这个文件");
            }
            byte[] b = in.readAllBytes();
            cache.put(name, b);
            return b;
        }
    }
}
