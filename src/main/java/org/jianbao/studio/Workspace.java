package org.jianbao.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder the studio edits, and the only files it touches. Two layouts are known: a
 * publication made by {@code jianbao init} ({@code profile.json}, {@code issues/}, {@code images/})
 * and a folder of issues with their profiles in {@code profiles/} (the repository's {@code issues/}).
 *
 * <p>Every name that comes from the browser is resolved here: relative, no {@code ..}, no hidden
 * parts, and — symbolic links followed — inside the workspace's real path.
 */
final class Workspace {
    /** Folders that hold no issues. */
    private static final Set<String> NOT_ISSUES = Set.of("profiles", "images", "schema", "output", "target");
    /** One part of a relative name: no separators, no control characters, nothing a shell or Windows treats specially. */
    private static final Pattern PART = Pattern.compile("[^/\\\\:*?\"<>|\\x00-\\x1f\\x7f]{1,120}");
    private static final int MAX_DEPTH = 4;

    /** How the workspace is laid out. */
    enum Layout { PUBLICATION, ISSUES_FOLDER }

    private final Path root;
    private final Layout layout;

    private Workspace(Path root, Layout layout) {
        this.root = root;
        this.layout = layout;
    }

    /** The workspace at {@code dir}, or an explanation of why it is none. */
    static Workspace open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a folder");
        }
        Path real = dir.toRealPath();
        if (Files.isRegularFile(real.resolve("profile.json"))) {
            return new Workspace(real, Layout.PUBLICATION);
        }
        if (Files.isDirectory(real.resolve("profiles"))) {
            return new Workspace(real, Layout.ISSUES_FOLDER);
        }
        if (Files.isDirectory(real.resolve("issues").resolve("profiles"))) {
            return new Workspace(real.resolve("issues").toRealPath(), Layout.ISSUES_FOLDER);
        }
        throw new IOException(dir + " holds neither a profile.json nor a profiles/ folder; start a publication with"
                + " `jianbao init`, or name the folder that holds them");
    }

    Path root() {
        return root;
    }

    Layout layout() {
        return layout;
    }

    /** Where uploaded pictures go. */
    Path images() {
        return root.resolve("images");
    }

    /** The profiles, as workspace-relative names. */
    List<String> profiles() throws IOException {
        if (layout == Layout.PUBLICATION) {
            return List.of("profile.json");
        }
        try (Stream<Path> s = Files.list(root.resolve("profiles"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .map(this::name).sorted().toList();
        }
    }

    /** Candidate issue files (JSON files outside the profile, picture and schema folders), as names. */
    List<String> issueCandidates() throws IOException {
        Path start = layout == Layout.PUBLICATION ? root.resolve("issues") : root;
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(start, MAX_DEPTH)) {
            s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !hiddenOrExcluded(start.relativize(p)))
                    .forEach(p -> out.add(name(p)));
        }
        out.sort(null);
        return out;
    }

    private static boolean hiddenOrExcluded(Path rel) {
        for (int i = 0; i < rel.getNameCount(); i++) {
            String part = rel.getName(i).toString();
            if (part.startsWith(".") || i < rel.getNameCount() - 1 && NOT_ISSUES.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An existing file named by the browser, e.g. {@code issues/2024/2024-07.json}; refused when
     * the name is malformed, climbs out, is hidden, or its real path lies outside the workspace.
     */
    Path existing(String name) {
        Path p = lexical(name);
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            throw Refusal.notFound("找不到文件“" + name + "”");
        }
        return inside(p, name);
    }

    /** A file to be made (its folder must exist inside the workspace; the file itself must not exist yet). */
    Path fresh(String name) {
        Path p = lexical(name);
        Path dir = inside(p.getParent(), name);
        if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            throw Refusal.conflict("文件“" + name + "”已经存在，不会覆盖它");
        }
        return dir.resolve(p.getFileName());
    }

    /** The workspace-relative name of a path inside it, with {@code /} between parts. */
    String name(Path p) {
        Path rel = root.relativize(p.toAbsolutePath().normalize());
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < rel.getNameCount(); i++) {
            s.append(i == 0 ? "" : "/").append(rel.getName(i));
        }
        return s.toString();
    }

    /** Whether {@code p}, by its real path, lies inside the workspace (false for a missing file). */
    boolean contains(Path p) {
        try {
            return p.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false;
        }
    }

    private Path lexical(String name) {
        if (name == null || name.isEmpty() || name.length() > 500) {
            throw Refusal.badRequest("缺少文件名");
        }
        String[] parts = name.split("/", -1);
        for (String part : parts) {
            if (!PART.matcher(part).matches() || part.startsWith(".") || part.isBlank()) {
                throw Refusal.forbidden("文件名“" + name + "”不在工作区内，或含有不允许的字符");
            }
        }
        Path p = root;
        for (String part : parts) {
            p = p.resolve(part);
        }
        p = p.normalize();
        if (!p.startsWith(root) || p.equals(root)) {
            throw Refusal.forbidden("文件名“" + name + "”不在工作区内");
        }
        return p;
    }

    private Path inside(Path p, String name) {
        try {
            Path real = p.toRealPath();
            if (!real.startsWith(root)) {
                throw Refusal.forbidden("“" + name + "”指向工作区以外的位置，不能打开");
            }
            return real;
        } catch (IOException e) {
            throw Refusal.notFound("找不到文件“" + name + "”");
        }
    }
}
