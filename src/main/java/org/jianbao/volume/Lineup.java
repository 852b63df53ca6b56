package org.jianbao.volume;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jianbao.model.Issue;
import org.jianbao.problem.JianbaoException;
import org.jianbao.problem.Problem;

/**
 * The issues of a volume in the order they are bound: by year, then number, the supplements (增刊)
 * after the regular issues in their own order. A volume binds one publication's issues of one year:
 * issues of another publication are refused, and so are issues of several years unless the year is
 * given (then the others are left out, with a warning); an issue given twice is refused.
 */
final class Lineup {
    private Lineup() {
    }

    /** An issue read from {@code file}. */
    record Given(Path file, Issue issue) {
    }

    /** The issues in order, and what the reader should know (issues left out, numbers missing). */
    record Result(List<Issue> issues, List<Problem> warnings) {
    }

    /** The issues of {@code given} to bind, of {@code year} (null: the one year they are all of). */
    static Result of(List<Given> given, Integer year) {
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        String name = given.get(0).issue().publication().name();
        for (Given g : given) {
            String other = g.issue().publication().name();
            if (!other.equals(name)) {
                errors.add(error(g.file(), "this issue is of 《" + other + "》, " + given.get(0).file() + " of 《" + name
                        + "》: a volume binds the issues of one publication"));
            }
        }
        TreeMap<Integer, Integer> years = new TreeMap<>();
        given.forEach(g -> years.merge(g.issue().year(), 1, Integer::sum));
        List<Given> kept = new ArrayList<>();
        if (year == null && years.size() > 1 && errors.isEmpty()) {
            StringBuilder s = new StringBuilder();
            years.forEach((y, n) -> s.append(s.length() == 0 ? "" : ", ").append(n).append(" of ").append(y));
            errors.add(error(null, "the issues given are of " + years.size() + " years (" + s + "): a volume binds one"
                    + " year's issues; say which with --year " + years.lastKey()));
        }
        for (Given g : given) {
            if (year == null || g.issue().year() == year) {
                kept.add(g);
            } else {
                warnings.add(new Problem(Problem.Severity.WARNING, g.file(), 0, 0, "", g.issue().issueLine()
                        + " is of " + g.issue().year() + ", not " + year + ": left out of the volume"));
            }
        }
        if (kept.isEmpty()) {
            errors.add(error(null, "none of the " + given.size() + " issues given is of " + year + " (they are of "
                    + String.join(", ", years.keySet().stream().map(String::valueOf).toList()) + ")"));
        }
        Map<String, Given> seen = new HashMap<>();
        for (Given g : kept) {
            Given before = seen.putIfAbsent(key(g.issue()), g);
            if (before != null) {
                boolean same = before.file().toAbsolutePath().normalize().equals(g.file().toAbsolutePath().normalize());
                errors.add(error(g.file(), same ? "this issue is given twice"
                        : "this issue and " + before.file() + " are both " + g.issue().issueLine()
                        + ": a volume binds each issue once"));
            }
        }
        if (!errors.isEmpty()) {
            throw new JianbaoException(errors);
        }
        List<Issue> issues = new ArrayList<>(kept.stream().map(Given::issue).toList());
        issues.sort(Comparator.comparingInt(Issue::year).thenComparing(Issue::supplement)
                .thenComparingInt(Issue::number));
        warnings.addAll(gaps(issues));
        return new Result(issues, warnings);
    }

    /** Regular issues missing between the first and the last bound: likely forgotten. */
    private static List<Problem> gaps(List<Issue> issues) {
        List<Problem> out = new ArrayList<>();
        for (int i = 1; i < issues.size(); i++) {
            Issue a = issues.get(i - 1);
            Issue b = issues.get(i);
            if (!a.supplement() && !b.supplement() && b.number() > a.number() + 1) {
                String missing = b.number() == a.number() + 2 ? "第" + (a.number() + 1) + "期"
                        : "第" + (a.number() + 1) + "—" + (b.number() - 1) + "期";
                out.add(new Problem(Problem.Severity.WARNING, b.source(), 0, 0, "", missing + " of " + a.year()
                        + " is not among the issues given (the volume goes from 第" + a.number() + "期 to 第" + b.number()
                        + "期)"));
            }
        }
        return out;
    }

    private static String key(Issue i) {
        return i.year() + (i.supplement() ? " supplement " : " ") + i.number();
    }

    private static Problem error(Path file, String message) {
        return new Problem(Problem.Severity.ERROR, file, 0, 0, "", message);
    }
}
