package org.jianbao.descriptor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jianbao.model.Issue;
import org.jianbao.model.Publication;
import org.jianbao.problem.JianbaoException;
import org.jianbao.problem.Problem;

/**
 * Reads an issue descriptor and the profile it names: built-in defaults ← profile ← the issue's
 * {@code override}, then the issue itself. Each file is parsed once; every problem of both files
 * is collected. {@link #read} throws one {@link JianbaoException} carrying them all if any is an
 * error; {@link #check} returns them, with the files' JSON Schema violations as well.
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

    /** Every problem found in a descriptor and its profile; the issue when it could be read. */
    public record Checked(Issue issue, List<Problem> problems) {
    }

    /** One reading of a descriptor: the parsed files, the issue (null on errors) and the problems. */
    private record Reading(Json issueTree, Json profileTree, Issue issue, Problems problems) {
    }

    public Result read(Path issueFile) {
        Reading r = reading(issueFile);
        if (r.issue() == null || r.problems().hasErrors()) {
            throw new JianbaoException(r.problems().all());
        }
        return new Result(r.issue(), new ArrayList<>(r.problems().all()));
    }

    /**
     * Reads {@code issueFile} without throwing for its content, and validates it and its profile
     * against their JSON Schemas. A schema violation is left out where the reader has already said
     * something about the same value: its message is the more helpful one.
     */
    public Checked check(Path issueFile) {
        Reading r;
        try {
            if (isProfile(issueFile)) {
                return new Checked(null, checkProfile(issueFile));
            }
            r = reading(issueFile);
        } catch (JianbaoException e) {
            return new Checked(null, e.problems());   // not JSON at all: nothing more can be checked
        }
        List<Problem> problems = new ArrayList<>(r.problems().all());
        List<Problem> schema = new ArrayList<>(SchemaCheck.check(r.issueTree(), SchemaCheck.Kind.ISSUE));
        if (r.profileTree() != null) {
            schema.addAll(SchemaCheck.check(r.profileTree(), SchemaCheck.Kind.PROFILE));
        }
        for (Problem s : schema) {
            if (!covered(s, problems)) {
                problems.add(s);
            }
        }
        Issue issue = r.problems().hasErrors() ? null : r.issue();
        return new Checked(issue, problems);
    }

    /**
     * Whether the reader reported an error at the schema problem's value, inside it, around it, or
     * beside it (the schema's "one of" reports a wrong block at the block's other fields too).
     */
    private static boolean covered(Problem s, List<Problem> reader) {
        String parent = s.path().replaceAll("(\\.[^.\\[]+|\\[\\d+])$", "");
        return reader.stream().anyMatch(p -> p.isError() && Objects.equals(p.file(), s.file())
                && (p.path().startsWith(s.path()) || s.path().startsWith(p.path())
                    || !parent.equals("$") && p.path().startsWith(parent)));
    }

    /**
     * Whether {@code file} is a publication profile rather than an issue: an object without the
     * issue's {@code profile} field but with a profile's {@code masthead} or {@code issueLine}.
     */
    private static boolean isProfile(Path file) {
        Json tree = JsonParser.parse(file);
        return tree instanceof Json.Obj o && !o.members().containsKey("profile")
                && (o.members().containsKey("masthead") || o.members().containsKey("issueLine"));
    }

    /** A profile checked on its own: its schema and every rule of the profile reader. */
    private List<Problem> checkProfile(Path file) {
        Problems problems = new Problems();
        Json tree = JsonParser.parse(file);
        publication(tree, null, problems);
        List<Problem> all = new ArrayList<>(problems.all());
        for (Problem s : SchemaCheck.check(tree, SchemaCheck.Kind.PROFILE)) {
            if (!covered(s, all)) {
                all.add(s);
            }
        }
        return all;
    }

    /** Parses and reads; throws only when the issue file is not JSON. */
    private Reading reading(Path issueFile) {
        Problems problems = new Problems();
        Json issueTree = JsonParser.parse(issueFile);
        Node issueRoot = new Node(issueTree, "$", problems);
        if (!(issueTree instanceof Json.Obj issueObj)) {
            issueRoot.error("a descriptor is a JSON object { … }, found " + issueTree.kind());
            return new Reading(issueTree, null, null, problems);
        }
        Path folder = issueFile.toAbsolutePath().getParent();
        FileRefs refs = FileRefs.of(issueFile);
        Publication publication = null;
        Json profileTree = null;
        Json profileRef = issueObj.members().get("profile");
        if (profileRef == null) {
            issueRoot.error("the field \"profile\" is required: the path of the publication profile, e.g."
                    + " \"profiles/zhejiang.json\"");
        } else {
            Node refNode = new Node(profileRef, "$.profile", problems);
            String ref = refNode.text();
            Path profileFile = ref == null ? null : refs.resolve(refNode, folder, ref);
            profileTree = profileFile == null ? null : profile(profileFile, problems, refNode);
            if (profileTree != null) {
                publication = publication(profileTree, override(issueObj), problems);
            }
        }
        Issue issue = new IssueReader(folder, refs, publication).read(issueRoot, issueFile);
        return new Reading(issueTree, profileTree, issue, problems);
    }

    /**
     * The issue's {@code override}, with the issue's own {@code marks} (this issue's secrecy level,
     * say) laid over it: a mark belongs to one issue as often as to the publication.
     */
    private static Json override(Json.Obj issue) {
        Json override = issue.members().get("override");
        Json marks = issue.members().get("marks");
        if (marks == null) {
            return override;
        }
        Json.Obj own = new Json.Obj(java.util.Map.of("marks", marks), java.util.Map.of("marks",
                issue.keys().get("marks")), marks.where());
        return override == null ? own : Json.merge(override, own);
    }

    /** The profile's parsed tree, or null when it is missing or not JSON (reported). */
    private static Json profile(Path profileFile, Problems problems, Node ref) {
        if (!java.nio.file.Files.isRegularFile(profileFile)) {
            ref.error("the profile " + profileFile + " does not exist; check the path (it is relative to this file)");
            return null;
        }
        try {
            return JsonParser.parse(profileFile);
        } catch (JianbaoException e) {
            e.problems().forEach(p -> problems.error(new Json.Where(p.file(), p.line(), p.column()), p.path(),
                    p.message()));
            return null;
        }
    }

    private Publication publication(Json profile, Json override, Problems problems) {
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

    /** The built-in defaults, parsed once (the tree is never changed: merging makes new trees). */
    private static Json defaults() {
        return Defaults.TREE;
    }

    private static final class Defaults {
        static final Json TREE = parse();

        private static Json parse() {
            try (InputStream in = DescriptorReader.class.getResourceAsStream("defaults.json")) {
                return JsonParser.parse(DEFAULTS, in.readAllBytes());
            } catch (IOException e) {
                throw new IllegalStateException("the built-in defaults cannot be read", e);
            }
        }
    }

    /**
     * A head start for a short-lived process, on a background thread: loads and initialises the
     * JSON parser (Jackson's number handling initialises BigDecimal, which takes a cold Java 25
     * twenty milliseconds) and parses the built-in defaults, while the main thread is still busy.
     */
    public static void warmUp() {
        JsonParser.parse(Path.of("(warm-up)"), "{\"a\": [1, 2.5, \"b\", true, false, null]}".getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        defaults();
    }
}
