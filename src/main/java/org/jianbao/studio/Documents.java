package org.jianbao.studio;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The JSON files the studio edits, with their versions and history. A version is a hash of the
 * file's bytes, so a change made by another tab, an editor or {@code jianbao import} is seen as
 * one. A save names the version it was made from and is refused if the file has moved on; it
 * writes atomically and first keeps the old file in {@code .history/} (at most one copy a
 * minute during a stretch of typing, the last {@value #KEEP} copies per file).
 */
final class Documents {
    static final int KEEP = 30;
    private static final long BURST_SECONDS = 60;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Workspace workspace;
    private final Clock clock;
    private final ConcurrentHashMap<Path, Object> locks = new ConcurrentHashMap<>();

    Documents(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    /** A file's content and version. */
    record Loaded(JsonNode json, String version) {
    }

    /** One kept earlier version: its name (the time it was replaced) and size. */
    record Kept(String name, long bytes) {
    }

    Loaded load(Path file) {
        byte[] bytes = read(file);
        return new Loaded(JsonFormat.parse(bytes), version(bytes));
    }

    String version(Path file) {
        return version(read(file));
    }

    /**
     * Writes {@code json} over {@code file} if the file is still at {@code expected}; returns the
     * new version.
     */
    String save(Path file, JsonNode json, String expected) {
        if (expected == null || expected.isBlank()) {
            throw Refusal.preconditionRequired("保存时缺少版本号（If-Match）；请刷新页面后再试");
        }
        synchronized (locks.computeIfAbsent(file, f -> new Object())) {
            byte[] current = read(file);
            String now = version(current);
            if (!now.equals(unquote(expected))) {
                throw Refusal.conflict("这份文件已在别处修改过（另一个标签页、另一个窗口或其他程序）。"
                        + "为了不覆盖那些修改，这次没有保存。请点“重新载入”看最新内容，再把您的修改补上。");
            }
            byte[] next = JsonFormat.pretty(json);
            if (java.util.Arrays.equals(current, next)) {
                return now;
            }
            try {
                keep(file, current);
                FileSafety.writeAtomically(file, next);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return version(next);
        }
    }

    /** Writes a new file; refuses to replace one. */
    String create(Path file, JsonNode json) {
        synchronized (locks.computeIfAbsent(file, f -> new Object())) {
            if (Files.exists(file)) {
                throw Refusal.conflict("文件“" + file.getFileName() + "”已经存在，不会覆盖它");
            }
            byte[] bytes = JsonFormat.pretty(json);
            try {
                FileSafety.writeAtomically(file, bytes);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return version(bytes);
        }
    }

    /** The kept versions of a file, newest first. */
    List<Kept> history(Path file) {
        Path dir = historyOf(file);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Kept> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                out.add(new Kept(p.getFileName().toString().replaceFirst("\\.json$", ""), Files.size(p)));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    /** The content of a kept version. */
    JsonNode kept(Path file, String name) {
        if (name == null || !name.matches("\\d{8}-\\d{6}-\\d{3}")) {
            throw Refusal.badRequest("没有这个历史版本");
        }
        Path p = historyOf(file).resolve(name + ".json");
        if (!Files.isRegularFile(p)) {
            throw Refusal.notFound("没有这个历史版本");
        }
        try {
            return JsonFormat.parse(Files.readAllBytes(p));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void keep(Path file, byte[] old) throws IOException {
        Path dir = historyOf(file);
        Files.createDirectories(dir);
        List<Path> kept;
        try (Stream<Path> s = Files.list(dir)) {
            kept = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (!kept.isEmpty()) {
            String last = kept.get(kept.size() - 1).getFileName().toString().replaceFirst("\\.json$", "");
            if (!LocalDateTime.parse(last, STAMP).plusSeconds(BURST_SECONDS).isBefore(now)) {
                return;   // within a stretch of edits: the copy from its start is kept already
            }
        }
        FileSafety.writeAtomically(dir.resolve(now.format(STAMP) + ".json"), old);
        for (int i = 0; i <= kept.size() - KEEP; i++) {
            Files.deleteIfExists(kept.get(i));
        }
    }

    private Path historyOf(Path file) {
        return workspace.root().resolve(".history").resolve(workspace.name(file));
    }

    private static byte[] read(Path file) {
        try {
            if (Files.size(file) > JsonFormat.MAX_BYTES) {
                throw Refusal.tooLarge("文件“" + file.getFileName() + "”超过 8 MiB");
            }
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw Refusal.notFound("找不到文件“" + file.getFileName() + "”");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String version(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String unquote(String etag) {
        String s = etag.trim();
        if (s.startsWith("W/")) {
            s = s.substring(2);
        }
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
