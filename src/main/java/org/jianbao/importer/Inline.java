package org.jianbao.importer;

import java.util.List;

/** A run of text with its emphasis, as read from a file, before it is written into the descriptor. */
public record Inline(String text, boolean bold, boolean italic) {

    /** The runs' text, bold runs marked {@code **…**} as the descriptor writes them (italic is set upright). */
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

    /** The runs' text without marks. */
    public static String plain(List<Inline> runs) {
        StringBuilder s = new StringBuilder();
        runs.forEach(r -> s.append(r.text()));
        return s.toString();
    }
}
