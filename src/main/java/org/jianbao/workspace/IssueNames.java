package org.jianbao.workspace;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How issue files are named. In a workspace: {@code issues/<year>/<year>-<NN>.json} for 第NN期
 * ({@code issues/2025/2025-01.json}) and {@code issues/<year>/<year>-zk<NN>.json} for 增刊第NN期
 * ({@code 2025-zk01.json}). The next issue's name is the previous one's with its year and number
 * changed (any prefix kept: {@code zhejiang-2020-07.json} → {@code zhejiang-2020-08.json}); when the
 * year changes and the previous issue lies in a folder named after its year, the next goes into the
 * sibling folder of the new year ({@code issues/2025/2025-12.json} → {@code issues/2026/2026-01.json}).
 */
public final class IssueNames {
    private static final Pattern NAME = Pattern.compile("^(.*?)(\\d{4})-(zk)?(\\d{1,3})\\.json$");

    private IssueNames() {
    }

    /** The first issue of a workspace: {@code issues/<year>/<year>-01.json}. */
    public static Path first(Path root, int year) {
        return root.resolve("issues").resolve(Integer.toString(year)).resolve(name("", year, 1, false, 2));
    }

    /** Which issue a file holds, as its name says: year, number, whether a 增刊; null if the name says nothing. */
    record Parsed(String prefix, int year, int number, boolean supplement, int width) {
    }

    static Parsed parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return null;
        }
        return new Parsed(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(4)), m.group(3) != null,
                m.group(4).length());
    }

    /**
     * The file of the issue after {@code previous} (which holds issue {@code from}), or null when the
     * previous file's name does not carry its year and number (then the user names the file).
     */
    static Path next(Path previous, int fromYear, int fromNumber, boolean fromSupplement, int year, int number,
                     boolean supplement) {
        Parsed p = parse(previous);
        if (p == null || p.year() != fromYear || p.number() != fromNumber || p.supplement() != fromSupplement) {
            return null;
        }
        Path folder = previous.toAbsolutePath().normalize().getParent();
        if (year != fromYear && folder.getFileName() != null
                && folder.getFileName().toString().equals(Integer.toString(fromYear))) {
            folder = folder.resolveSibling(Integer.toString(year));
        }
        return folder.resolve(name(p.prefix(), year, number, supplement, Math.max(2, p.width())));
    }

    static String name(String prefix, int year, int number, boolean supplement, int width) {
        return prefix + year + "-" + (supplement ? "zk" : "") + String.format("%0" + width + "d", number) + ".json";
    }
}
