package org.jianbao.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jianbao.workspace.json.AtomicWrite;
import org.jianbao.workspace.json.JsonEditException;
import org.jianbao.workspace.json.JsonFile;
import org.jianbao.workspace.json.JsonText;

/**
 * Next month's issue from the previous one: a copy of its text with {@code year}, {@code number},
 * {@code total} and {@code date} advanced, the profile (and {@code $schema}) reference kept valid from
 * the new file's folder, and the sections of the profile listed with empty article lists. Everything
 * else — {@code lang}, {@code override}, the layout of the file — is carried over as written.
 *
 * <p>A 增刊 ({@code supplement}) is numbered in its own series: the first of a year is 增刊第1期 (or
 * the number after the last supplement file of that year beside it), it carries the date and the
 * cumulative number of the issue it follows, and the issue after a supplement is its next supplement.
 */
public final class NextIssue {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private NextIssue() {
    }

    /** What was written: the file and the values set, and notes worth reading (a date to check). */
    public record Result(Path file, int year, int number, int total, LocalDate date, boolean supplement,
                         List<String> sections, List<String> notes) {
    }

    /**
     * Writes the issue after {@code previous} to {@code out} (null: the name {@link IssueNames} gives).
     * Never overwrites a file; on any problem nothing is written.
     */
    public static Result write(Path previous, Path out, boolean supplement) {
        JsonText text;
        try {
            text = JsonFile.read(previous).text();
        } catch (JsonEditException e) {
            throw new WorkspaceException(e.getMessage(), e);
        }
        JsonNode prev = text.value("$");
        if (!prev.isObject()) {
            throw new WorkspaceException(previous + ": not an issue descriptor (a JSON object { … })");
        }
        int year = integer(previous, prev, "year");
        int number = integer(previous, prev, "number");
        int total = integer(previous, prev, "total");
        LocalDate date = date(previous, prev);
        String profileRef = prev.path("profile").isTextual() ? prev.get("profile").textValue() : null;
        if (profileRef == null) {
            throw new WorkspaceException(previous + ": has no \"profile\"; is it an issue descriptor?");
        }
        boolean wasSupplement = prev.path("supplement").asBoolean(false);
        if (wasSupplement && !supplement) {
            throw new WorkspaceException(previous + " is a 增刊 (supplement); the next regular issue follows the last"
                    + " regular one: run jianbao new on that issue, or add --supplement for the next 增刊");
        }
        Path from = previous.toAbsolutePath().normalize().getParent();
        Path profileFile = from.resolve(profileRef).normalize();
        JsonText profileText = readProfile(previous, profileFile);
        JsonNode profile = profileText.value("$");
        JsonNode override = prev.path("override");
        int perYear = override.path("numbering").path("perYear").asInt(profile.path("numbering").path("perYear").asInt(12));
        List<String> notes = new ArrayList<>();

        int nYear = year;
        boolean newYear = false;
        int nNumber;
        int nTotal = total;
        LocalDate nDate = date;
        if (supplement) {
            nNumber = wasSupplement ? number + 1 : 0;
        } else {
            IssuePeriod.Next next = IssuePeriod.after(date, perYear);
            nDate = next.date();
            if (next.approximate()) {
                notes.add("the date " + nDate + " is one " + perYear + "th of a year after " + date + "; check it");
            }
            newYear = nDate.getYear() > date.getYear();
            nYear = newYear ? year + 1 : year;
            nNumber = newYear ? 1 : number + 1;
            nTotal = total + 1;
            if (!newYear && nNumber > perYear) {
                notes.add("第" + nNumber + "期 is more than the " + perYear + " issues a year of the profile's"
                        + " numbering.perYear; check \"number\" and \"date\"");
            }
        }
        Path target = out != null ? out.toAbsolutePath().normalize() : null;
        if (supplement && !wasSupplement) {
            Path folder = target != null ? target.getParent() : from;
            nNumber = nextSupplement(folder, nYear);
        }
        if (target == null) {
            target = IssueNames.next(previous, year, number, wasSupplement, nYear, nNumber, supplement);
            if (target == null) {
                throw new WorkspaceException("cannot tell the next file name from \"" + previous.getFileName()
                        + "\" (names like 2025-07.json or zhejiang-2025-07.json carry the year and number);"
                        + " give one with -o NEW.json");
            }
        }
        List<String> sections = sectionNames(profile, override, prev);
        JsonText t = text.replace("$.year", IntNode.valueOf(nYear))
                .replace("$.number", IntNode.valueOf(nNumber))
                .replace("$.total", IntNode.valueOf(nTotal))
                .replace("$.date", TextNode.valueOf(nDate.toString()));
        if (supplement && !wasSupplement) {
            t = t.putAfter("$", "total", "supplement", BooleanNode.TRUE);
        }
        Path to = target.getParent();
        t = relink(t, "$.profile", profileRef, from, to);
        if (prev.path("$schema").isTextual()) {
            t = relink(t, "$[\"$schema\"]", prev.get("$schema").textValue(), from, to);
        }
        t = t.replace("$.sections", Sections.empty(MAPPER.valueToTree(sections)));
        try {
            Files.createDirectories(to);
            AtomicWrite.create(target, t.text().getBytes(StandardCharsets.UTF_8));
        } catch (FileAlreadyExistsException e) {
            throw new WorkspaceException(target + " already exists and is never overwritten; give another name with"
                    + " -o NEW.json, or remove that file first");
        } catch (IOException e) {
            throw new WorkspaceException("cannot write " + target + ": " + e.getMessage(), e);
        }
        if (newYear && !override.has("numbering")) {
            NumberingAnchor.follow(profileFile, profileText, year, number, total, nYear, nTotal).ifPresent(notes::add);
        }
        return new Result(target, nYear, nNumber, nTotal, nDate, supplement, sections, notes);
    }

    /** A relative reference, made relative to the new file's folder (unchanged when the folder is the same). */
    private static JsonText relink(JsonText t, String path, String ref, Path from, Path to) {
        if (from.equals(to) || ref.contains("://") || Path.of(ref).isAbsolute()) {
            return t;
        }
        String moved = to.relativize(from.resolve(ref).normalize()).toString().replace('\\', '/');
        return moved.equals(ref) ? t : t.replace(path, TextNode.valueOf(moved));
    }

    /** The number after the highest supplement of {@code year} in {@code folder}, by file name (1 when none). */
    private static int nextSupplement(Path folder, int year) {
        if (!Files.isDirectory(folder)) {
            return 1;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(IssueNames::parse)
                    .filter(p -> p != null && p.supplement() && p.year() == year)
                    .mapToInt(p -> p.number() + 1).max().orElse(1);
        } catch (IOException e) {
            return 1;
        }
    }

    /** The issue's override of the profile's sections, else the profile's, else the previous issue's own. */
    private static List<String> sectionNames(JsonNode profile, JsonNode override, JsonNode prev) {
        JsonNode names = override.path("sections");
        if (!names.isArray() || names.isEmpty()) {
            names = profile.path("sections");
        }
        List<String> out = new ArrayList<>();
        if (names.isArray() && !names.isEmpty()) {
            names.forEach(n -> out.add(n.asText()));
        } else {
            prev.path("sections").forEach(s -> out.add(s.path("name").asText()));
        }
        out.removeIf(String::isBlank);
        return out;
    }

    private static JsonText readProfile(Path issue, Path profile) {
        try {
            return JsonFile.read(profile).text();
        } catch (JsonEditException e) {
            throw new WorkspaceException(issue + ": its profile cannot be read: " + e.getMessage(), e);
        }
    }

    private static int integer(Path file, JsonNode issue, String field) {
        JsonNode n = issue.get(field);
        if (n == null || !n.canConvertToExactIntegral()) {
            throw new WorkspaceException(file + ": \"" + field + "\" is " + (n == null ? "missing" : "not a whole number")
                    + "; the next issue's " + field + " follows from it");
        }
        return n.intValue();
    }

    private static LocalDate date(Path file, JsonNode issue) {
        JsonNode n = issue.get("date");
        try {
            return LocalDate.parse(n == null ? "" : n.asText().trim());
        } catch (DateTimeParseException e) {
            throw new WorkspaceException(file + ": \"date\" is " + (n == null ? "missing" : "\"" + n.asText() + "\"")
                    + "; write it as YYYY-MM-DD, e.g. 2025-07-31");
        }
    }
}
