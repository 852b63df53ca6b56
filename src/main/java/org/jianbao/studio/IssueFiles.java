package org.jianbao.studio;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issues of the workspace: which JSON files are issues, what each says about itself, which
 * profile it names, and the file name of the issue that follows one.
 */
final class IssueFiles {
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    private final Workspace workspace;

    IssueFiles(Workspace workspace) {
        this.workspace = workspace;
    }

    /** What the issue list shows of one issue. */
    record Summary(String id, Integer year, Integer number, Integer total, String date, String profile,
                   String firstTitle, int articles) {
    }

    /** Every file of the workspace that reads as an issue (a JSON object naming a profile). */
    List<Summary> all() throws IOException {
        List<Summary> out = new ArrayList<>();
        for (String id : workspace.issueCandidates()) {
            JsonNode n = quietly(workspace.root().resolve(id));
            if (n != null && n.isObject() && n.path("profile").isTextual()) {
                out.add(summary(id, n));
            }
        }
        return out;
    }

    private static Summary summary(String id, JsonNode n) {
        String first = null;
        int articles = 0;
        for (JsonNode s : n.path("sections")) {
            for (JsonNode a : s.path("articles")) {
                articles++;
                if (first == null && a.path("title").isTextual()) {
                    first = a.path("title").asText();
                }
            }
        }
        return new Summary(id, integer(n.get("year")), integer(n.get("number")), integer(n.get("total")),
                n.path("date").isTextual() ? n.path("date").asText() : null, n.path("profile").asText(), first, articles);
    }

    private static Integer integer(JsonNode n) {
        return n != null && n.canConvertToInt() && n.isIntegralNumber() ? n.asInt() : null;
    }

    /** An issue named by the browser: an existing {@code .json} file inside the workspace. */
    Path issue(String id) {
        if (!id.endsWith(".json")) {
            throw Refusal.badRequest("“" + id + "”不是简报文件（.json）");
        }
        Path p = workspace.existing(id);
        if (!Files.isRegularFile(p)) {
            throw Refusal.notFound("找不到简报“" + id + "”");
        }
        return p;
    }

    /** The workspace name of the profile an issue names, or {@code null} when it names none inside the workspace. */
    String profileOf(Path issue, JsonNode json) {
        String ref = json.path("profile").asText("");
        if (ref.isEmpty()) {
            return null;
        }
        try {
            Path p = issue.getParent().resolve(ref).normalize();
            return workspace.contains(p) && Files.isRegularFile(p) ? workspace.name(p.toRealPath()) : null;
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /**
     * Where the issue after {@code previous} goes: the same folder (or, when that folder is named
     * after the previous year and the year changes, one named after the new year), and the same
     * name with the year and month moved on ({@code zhejiang-2020-07.json} → {@code zhejiang-2020-08.json});
     * never an existing file.
     */
    Path nextName(Path previous, LocalDate next) throws IOException {
        JsonNode n = quietly(previous);
        LocalDate prevDate = date(n);
        Path dir = previous.getParent();
        if (prevDate != null && dir.getFileName().toString().equals(Integer.toString(prevDate.getYear()))
                && next.getYear() != prevDate.getYear()) {
            dir = dir.resolveSibling(Integer.toString(next.getYear()));
            Files.createDirectories(dir);
        }
        String stem = previous.getFileName().toString().replaceFirst("\\.json$", "");
        Matcher m = YEAR_MONTH.matcher(stem);
        String base = m.find() ? stem.substring(0, m.start()) + String.format("%04d-%02d", next.getYear(), next.getMonthValue())
                + stem.substring(m.end()) : stem + "-" + next;
        Path p = dir.resolve(base + ".json");
        for (int i = 2; Files.exists(p); i++) {
            p = dir.resolve(base + "-" + i + ".json");
        }
        return p;
    }

    /** The date one month after the issue's, the last day of a month staying the last day. */
    static LocalDate following(LocalDate d) {
        LocalDate n = d.plusMonths(1);
        return d.getDayOfMonth() == d.lengthOfMonth() ? n.withDayOfMonth(n.lengthOfMonth()) : n;
    }

    static LocalDate date(JsonNode n) {
        try {
            return n == null ? null : LocalDate.parse(n.path("date").asText(""));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The JSON of a file, or {@code null} when it is too large or not JSON. */
    static JsonNode quietly(Path p) {
        try {
            if (Files.size(p) > JsonFormat.MAX_BYTES) {
                return null;
            }
            return JsonFormat.parse(Files.readAllBytes(p));
        } catch (IOException | Refusal e) {
            return null;
        }
    }
}
