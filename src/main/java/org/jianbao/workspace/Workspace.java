package org.jianbao.workspace;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.jianbao.workspace.json.AtomicWrite;
import org.jianbao.workspace.json.JsonText;

/**
 * A publication workspace: the folder holding {@code profile.json} (its root), with {@code issues/<year>/}
 * for the issues, {@code images/} for pictures, {@code schema/} for the JSON Schemas that editors
 * complete from, and a README in Chinese.
 */
public final class Workspace {
    /** What {@link #init} makes, in the order it makes it; {@code root} holds them all. */
    static final List<String> LAYOUT = List.of("profile.json", "schema", "issues", "images", "README.md");

    private Workspace() {
    }

    /** What was made: the root, the profile, the first issue, and every file written. */
    public record Created(Path root, Path profile, Path firstIssue, List<Path> files) {
    }

    /**
     * Lays out a new workspace for the publication {@code name} in {@code dir} (made if missing; it may
     * already hold other files). Refuses, writing nothing, when any part of a workspace is already there.
     * The first issue is 第1期 of {@code today}'s year, dated the last day of {@code today}'s month.
     */
    public static Created init(Path dir, String name, LocalDate today) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new WorkspaceException("the publication needs a name, e.g. --name \"江苏省信息技术协会工作简报\"");
        }
        Path root = dir.toAbsolutePath().normalize();
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new WorkspaceException(dir + " is a file, not a folder; choose a folder for the workspace");
        }
        List<String> taken = LAYOUT.stream().filter(f -> Files.exists(root.resolve(f), java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList();
        if (!taken.isEmpty()) {
            throw new WorkspaceException(dir + " already holds " + String.join(", ", taken) + (taken.size() == 1 ? "" : ",")
                    + " (a workspace, or part of one); nothing was changed. Choose an empty or new folder");
        }
        int year = today.getYear();
        Path profile = root.resolve("profile.json");
        Path first = IssueNames.first(root, year);
        List<Path> made = new ArrayList<>();
        boolean newRoot = !Files.exists(root);
        try {
            Files.createDirectories(root);
            ObjectNode p = ProfileTemplate.profile(n, year);
            write(profile, JsonText.of(p).text(), made);
            for (String s : new String[] {"profile.schema.json", "issue.schema.json"}) {
                write(root.resolve("schema").resolve(s), resource("/org/jianbao/descriptor/schema/" + s), made);
            }
            write(first, JsonText.of(firstIssue(root, first, p, today)).text(), made);
            Files.createDirectories(root.resolve("images"));
            made.add(root.resolve("images"));
            write(root.resolve("README.md"), resource("README.md").replace("{{name}}", n)
                    .replace("{{year}}", Integer.toString(year))
                    .replace("{{first}}", root.relativize(first).toString().replace('\\', '/')), made);
        } catch (IOException | RuntimeException e) {
            undo(root, newRoot);
            throw new WorkspaceException("cannot make the workspace in " + dir + ": " + e.getMessage()
                    + "; nothing was left behind", e);
        }
        return new Created(root, profile, first, List.copyOf(made));
    }

    private static ObjectNode firstIssue(Path root, Path file, ObjectNode profile, LocalDate today) {
        String up = file.getParent().relativize(root).toString().replace('\\', '/') + "/";
        ObjectNode i = JsonNodeFactory.instance.objectNode();
        i.put("$schema", up + "schema/issue.schema.json");
        i.put("profile", up + "profile.json");
        i.put("year", today.getYear());
        i.put("number", 1);
        i.put("total", 1);
        i.put("date", today.with(TemporalAdjusters.lastDayOfMonth()).toString());
        i.set("sections", Sections.empty(profile.get("sections")));
        return i;
    }

    private static void write(Path file, String text, List<Path> made) throws IOException {
        Files.createDirectories(file.getParent());
        AtomicWrite.create(file, text.getBytes(StandardCharsets.UTF_8));
        made.add(file);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Workspace.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the jar lacks " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Removes what a failed {@link #init} made: every part of {@link #LAYOUT} (none was there before it
     * began), and the root if it made that too.
     */
    private static void undo(Path root, boolean newRoot) {
        List<Path> parts = new ArrayList<>(LAYOUT.stream().map(root::resolve).toList());
        if (newRoot) {
            parts.add(root);
        }
        for (Path part : parts) {
            if (!Files.exists(part)) {
                continue;
            }
            try (java.util.stream.Stream<Path> all = Files.walk(part)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException ignored) {
                // left as it is: the message says what failed
            }
        }
    }
}
