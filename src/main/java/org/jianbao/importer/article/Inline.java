package org.jianbao.importer.article;

import java.util.List;

/** A run of text with its emphasis, as read from a file, before it is written into the descriptor. */
public record Inline(String text, boolean bold, boolean italic) {

    /** The runs' text, bold runs marked {@code **…**} as the descriptor writes them (italic is not marked). */
    public static String marked(List<Inline> runs) {
        StringBuilder s = new StringBuilder();
        StringBuilder bold = new StringBuilder();
        for (Inline r : runs) {
            if (r.bold() && !r.text().isBlank()) {
                bold.append(r.text());
            } else {
                flush(s, bold);
                s.append(r.text());
            }
        }
        flush(s, bold);
        return s.toString();
    }

    private static void flush(StringBuilder s, StringBuilder bold) {
        if (bold.length() > 0) {
            // spaces stay outside the marks: ** 粗体 ** would not read as bold
            String t = bold.toString();
            String core = t.strip();
            int lead = t.indexOf(core);
            s.append(t, 0, lead).append("**").append(core).append("**").append(t.substring(lead + core.length()));
            bold.setLength(0);
        }
    }

    /** Whether any run with text is italic. */
    public static boolean anyItalic(List<Inline> runs) {
        return runs.stream().anyMatch(r -> r.italic() && !r.text().isBlank());
    }

    /**
     * The runs with {@code prefix} (a list label) before them, spaces at both ends trimmed, and neighbours of
     * the same emphasis joined.
     */
    public static List<Inline> tidy(String prefix, List<Inline> runs) {
        java.util.ArrayList<Inline> out = new java.util.ArrayList<>();
        if (!prefix.isEmpty()) {
            out.add(new Inline(prefix, false, false));
        }
        for (Inline r : runs) {
            Inline last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.bold() == r.bold() && last.italic() == r.italic()) {
                out.set(out.size() - 1, new Inline(last.text() + r.text(), r.bold(), r.italic()));
            } else {
                out.add(r);
            }
        }
        while (!out.isEmpty() && out.get(0).text().isBlank()) {
            out.remove(0);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).text().isBlank()) {
            out.remove(out.size() - 1);
        }
        if (!out.isEmpty()) {
            Inline f = out.get(0);
            out.set(0, new Inline(f.text().stripLeading(), f.bold(), f.italic()));
            Inline l = out.get(out.size() - 1);
            out.set(out.size() - 1, new Inline(l.text().stripTrailing(), l.bold(), l.italic()));
        }
        return out;
    }

    /** The runs' text without marks. */
    public static String plain(List<Inline> runs) {
        StringBuilder s = new StringBuilder();
        runs.forEach(r -> s.append(r.text()));
        return s.toString();
    }
}
