package org.jianbao.descriptor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jianbao.JianbaoException;
import org.jianbao.Problem;
import org.jianbao.model.Issue;
import org.jianbao.model.Publication;

/**
 * Reads an issue descriptor and the profile it names: built-in defaults ← profile ← the issue's
 * {@code override}, then the issue itself. Every problem of both files is collected; if any is an
 * error, {@link #read} throws one {@link JianbaoException} carrying them all.
 */
public final class DescriptorReader {
    private static final Path DEFAULTS = Path.of("(built-in defaults)");

    private final Set<String> fontNames;

    /** @param fontNames the full names of the fonts available, to check the profile's font roles */
    public DescriptorReader(Set<String> fontNames) {
        this.fontNames = fontNames;
    }

    /** The issue and the warnings found while reading it. */
    public record Result(Issue issue, List<Problem> warnings) {
    }

    public Result read(Path issueFile) {
        Problems problems = new Problems();
        Json issueTree = JsonParser.parse(issueFile);
        Node issueRoot = new Node(issueTree, "$", problems);
        if (!(issueTree instanceof Json.Obj issueObj)) {
            issueRoot.error("a descriptor is a JSON object { … }, found " + issueTree.kind());
            throw new JianbaoException(problems.all());
        }
        Path folder = issueFile.toAbsolutePath().getParent();
        Publication publication = null;
        Json profileRef = issueObj.members().get("profile");
        if (profileRef == null) {
            issueRoot.error("the field \"profile\" is required: the path of the publication profile, e.g."
                    + " \"profiles/zhejiang.json\"");
        } else {
            Node refNode = new Node(profileRef, "$.profile", problems);
            String ref = refNode.text();
            Path profileFile = ref == null ? null : FileRefs.resolve(refNode, folder, ref);
            if (profileFile != null) {
                publication = publication(profileFile, issueObj.members().get("override"), problems, refNode);
            }
        }
        Issue issue = new IssueReader(folder, publication).read(issueRoot, issueFile);
        List<Problem> all = problems.all();
        if (issue == null || problems.hasErrors()) {
            throw new JianbaoException(all);
        }
        List<Problem> warnings = new ArrayList<>(all);
        return new Result(issue, warnings);
    }

    private Publication publication(Path profileFile, Json override, Problems problems, Node ref) {
        if (!java.nio.file.Files.isRegularFile(profileFile)) {
            ref.error("the profile " + profileFile + " does not exist; check the path (it is relative to this file)");
            return null;
        }
        Json profile;
        try {
            profile = JsonParser.parse(profileFile);
        } catch (JianbaoException e) {
            e.problems().forEach(p -> problems.error(new Json.Where(p.file(), p.line(), p.column()), p.path(),
                    p.message()));
            return null;
        }
        if (!(profile instanceof Json.Obj)) {
            new Node(profile, "$", problems).error("a profile is a JSON object { … }, found " + profile.kind());
            return null;
        }
        Json merged = Json.merge(defaults(), profile);
        if (override != null) {
            if (!(override instanceof Json.Obj)) {
                new Node(override, "$.override", problems).error("\"override\" is an object of profile fields");
                return null;
            }
            merged = Json.merge(merged, override);
        }
        return new ProfileReader(fontNames).read(new Node(merged, "$", problems));
    }

    private static Json defaults() {
        try (InputStream in = DescriptorReader.class.getResourceAsStream("defaults.json")) {
            return JsonParser.parse(DEFAULTS, in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("the built-in defaults cannot be read", e);
        }
    }
}
