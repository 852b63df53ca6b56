package org.jianbao.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jianbao.model.Lang;
import org.jianbao.workspace.json.JsonEditException;
import org.jianbao.workspace.json.JsonFile;
import org.jianbao.workspace.json.JsonText;
import org.jianbao.importer.article.ImportException;

/**
 * The issue an article goes into: its file (read for editing), the section, where in it, and where
 * the workspace keeps pictures — {@code images/} beside the profile when the issue lies in the
 * profile's folder tree (a workspace), else {@code images/} beside the issue.
 */
final class IssueTarget {
    private final JsonFile file;
    private final JsonNode issue;
    private final List<String> profileSections;

    private IssueTarget(JsonFile file, JsonNode issue, List<String> profileSections, Path images, Lang lang) {
        this.file = file;
        this.issue = issue;
        this.profileSections = profileSections;
        this.images = images;
        this.lang = lang;
    }

    final Path images;
    final Lang lang;

    static IssueTarget open(Path issueFile) {
        JsonFile f;
        try {
            f = JsonFile.read(issueFile);
        } catch (JsonEditException e) {
            throw new ImportException(e.getMessage(), e);
        }
        JsonNode issue = f.text().value("$");
        if (!issue.isObject() || !issue.path("sections").isArray()) {
            throw new ImportException(issueFile + ": not an issue descriptor (it has no \"sections\" list)");
        }
        Path folder = issueFile.toAbsolutePath().normalize().getParent();
        Path images = folder.resolve("images");
        List<String> sections = new ArrayList<>();
        String lang = issue.path("lang").asText("");
        if (issue.path("profile").isTextual()) {
            Path profile = folder.resolve(issue.get("profile").asText()).normalize();
            Path root = profile.getParent();
            if (folder.startsWith(root)) {
                images = root.resolve("images");
            }
            if (Files.isRegularFile(profile)) {
                try {
                    JsonNode p = JsonFile.read(profile).text().value("$");
                    p.path("sections").forEach(s -> sections.add(s.asText()));
                    lang = lang.isEmpty() ? p.path("lang").asText("") : lang;
                } catch (JsonEditException e) {
                    // the profile's problems are check's and render's to report; sections are only a help here
                }
            }
        }
        Lang l = lang.equals("zh-Hant") || lang.equals("zh-TW") || lang.equals("zh-HK") ? Lang.HANT : Lang.HANS;
        return new IssueTarget(f, issue, sections, images, l);
    }

    Path path() {
        return file.path();
    }

    /** The index of the section named {@code name}, or -1. */
    int section(String name) {
        JsonNode s = issue.get("sections");
        for (int i = 0; i < s.size(); i++) {
            if (name.equals(s.get(i).path("name").asText())) {
                return i;
            }
        }
        return -1;
    }

    /** Checks the section and position before anything is read or written; returns the 0-based index to insert at. */
    int check(String section, Integer at) {
        int s = section(section);
        if (s < 0 && !profileSections.contains(section)) {
            List<String> names = new ArrayList<>();
            issue.get("sections").forEach(x -> names.add(x.path("name").asText()));
            throw new ImportException(file.path() + ": has no section \"" + section + "\"; its sections are "
                    + (names.isEmpty() ? "none" : String.join("、", names))
                    + (profileSections.isEmpty() ? "" : ", and the profile's are " + String.join("、", profileSections)));
        }
        int size = s < 0 ? 0 : issue.get("sections").get(s).path("articles").size();
        if (at == null) {
            return size;
        }
        if (at < 1 || at > size + 1) {
            throw new ImportException("--at " + at + " is outside the section \"" + section + "\", which has " + size
                    + " article" + (size == 1 ? "" : "s") + ": give 1 to " + (size + 1));
        }
        return at - 1;
    }

    /** The issue text with {@code article} inserted; a profile section the issue lacks is added in the profile's order. */
    JsonText insert(String section, int index, ObjectNode article) {
        JsonText t = file.text();
        int s = section(section);
        if (s >= 0) {
            String articles = "$.sections[" + s + "].articles";
            if (!t.has(articles)) {
                return t.put("$.sections[" + s + "]", "articles", JsonNodeFactory.instance.arrayNode().add(article));
            }
            return t.insert(articles, index, article);
        }
        ObjectNode sec = JsonNodeFactory.instance.objectNode().put("name", section);
        sec.putArray("articles").add(article);
        return t.insert("$.sections", sectionPosition(section), sec);
    }

    /** Before the first of the issue's sections that comes after {@code name} in the profile. */
    private int sectionPosition(String name) {
        int rank = profileSections.indexOf(name);
        JsonNode s = issue.get("sections");
        for (int i = 0; i < s.size(); i++) {
            int r = profileSections.indexOf(s.get(i).path("name").asText());
            if (r > rank) {
                return i;
            }
        }
        return s.size();
    }

    void save(JsonText edited) {
        try {
            file.save(edited);
        } catch (JsonEditException e) {
            throw new ImportException(e.getMessage(), e);
        }
    }
}
