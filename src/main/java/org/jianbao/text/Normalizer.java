package org.jianbao.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans text as pasted from web pages and Word (docs/typography.md §5): a line break
 * between two Chinese characters disappears, leading indents go (the engine indents), and spaces
 * next to Chinese characters go (the engine spaces Chinese from Latin itself). ASCII punctuation
 * inside Chinese text is reported, never changed: only the writer knows what was meant.
 */
public final class Normalizer {
    private static final Pattern PINYIN = Pattern.compile(
            "\\p{IsHan}[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6})[)）]");
    private static final String ASCII_MARKS = ",:;()?!";

    private Normalizer() {
    }

    /**
     * The cleaned text, the warnings about what was changed or left alone, and the errors (a broken
     * character that cannot be set at all).
     */
    public record Result(String text, List<String> warnings, List<String> errors) {
    }

    public static Result normalize(String raw) {
        String s = raw.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(s.length());
        List<String> notes = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int n = s.length();
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            if (Character.isSurrogate((char) cp)) {
                errors.add(String.format("a broken character (U+%04X, half of a surrogate pair) after “%s”; the text"
                        + " was cut in the middle of a character — paste it again", cp, tail(out)));
                i += len;
                continue;
            }
            if (cp < 0x20 && cp != '\n' && cp != '\t' || cp >= 0x7F && cp <= 0x9F) {
                notes.add(String.format("the control character U+%04X after “%s” was removed; it cannot be printed",
                        cp, tail(out)));
                i += len;
                continue;
            }
            if (isSpaceOrBreak(cp)) {
                int j = i;
                boolean newline = false;
                while (j < n && isSpaceOrBreak(s.codePointAt(j))) {
                    newline |= s.charAt(j) == '\n';
                    j += Character.charCount(s.codePointAt(j));
                }
                int before = out.length() == 0 ? -1 : out.codePointBefore(out.length());
                int after = j < n ? s.codePointAt(j) : -1;
                if (before >= 0 && after >= 0 && !wide(before) && !wide(after)) {
                    out.append(' ');   // between two Latin words: one space
                }
                // else: at an edge or beside a Chinese character: dropped
                i = j;
                continue;
            }
            if (cp == '\u3000' && out.length() == 0) {
                i += len;   // a leading full-width indent
                continue;
            }
            out.appendCodePoint(cp);
            i += len;
        }
        // trailing ideographic spaces
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\u3000') {
            end--;
        }
        String text = out.substring(0, end);
        notes.addAll(warnings(text));
        return new Result(text, notes, errors);
    }

    private static String tail(StringBuilder s) {
        return s.length() <= 6 ? s.toString() : "…" + s.substring(s.length() - 6);
    }

    private static boolean isSpaceOrBreak(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\u00A0' || cp == '\u2002' || cp == '\u2003'
                || cp == '\u2009' || cp == '\u200B';
    }

    private static boolean wide(int cp) {
        return CharClass.of(cp).isWide();
    }

    private static List<String> warnings(String text) {
        List<String> w = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ASCII_MARKS.indexOf(c) < 0) {
                continue;
            }
            boolean before = i > 0 && wide(text.charAt(i - 1));
            boolean after = i + 1 < text.length() && wide(text.charAt(i + 1));
            if (before && after || (before && i + 1 == text.length())) {
                w.add("ASCII \"" + c + "\" inside Chinese text (…" + excerpt(text, i)
                        + "…); Chinese text takes the full-width mark " + fullWidth(c));
            }
        }
        Matcher m = PINYIN.matcher(text);
        while (m.find()) {
            w.add("\"" + m.group() + "\" looks like pinyin pasted from a web page; remove the bracketed pinyin");
        }
        return w;
    }

    private static String excerpt(String text, int i) {
        int a = Math.max(0, i - 4);
        int b = Math.min(text.length(), i + 5);
        return text.substring(a, b);
    }

    private static String fullWidth(char c) {
        return switch (c) {
            case ',' -> "，";
            case ':' -> "：";
            case ';' -> "；";
            case '(' -> "（";
            case ')' -> "）";
            case '?' -> "？";
            default -> "！";
        };
    }
}
