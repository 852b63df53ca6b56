package org.jianbao.importer.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a line of an article is, by its words, as Chinese bulletins write them: source, author and
 * byline lines under the title, the numbered headings of GB/T 9704-2012 §7.3.3 (一、 （一） 1. （1）),
 * and captions (图1 …, 表1 …).
 */
public final class Lines {
    private static final Pattern SOURCE = Pattern.compile("^[\\s\\u3000]*(?:来源|稿件来源|信息来源)[\\s\\u3000]*[:：][\\s\\u3000]*(.+?)[\\s\\u3000]*$");
    private static final Pattern AUTHOR = Pattern.compile("^[\\s\\u3000]*(?:作者|文)[\\s\\u3000]*[:：/／][\\s\\u3000]*(.+?)[\\s\\u3000]*$");
    private static final Pattern BOTH = Pattern.compile("^[\\s\\u3000]*来源[\\s\\u3000]*[:：][\\s\\u3000]*(.+?)[\\s\\u3000]+作者[\\s\\u3000]*[:：][\\s\\u3000]*(.+?)[\\s\\u3000]*$");
    private static final Pattern BYLINE = Pattern.compile(
            "^[\\s\\u3000]*(本刊讯.*|(?:撰文|摄影|撰稿|供稿|编辑|审核|通讯员|记者|图文|文字|图片)[、/／:：[\\s\\u3000]（(].*)$");
    /** A paragraph longer than this is body text even when it begins like a byline (本刊讯 7月11日，协会…). */
    private static final int BYLINE_MAX = 40;

    private static final Pattern H1 = Pattern.compile("^[一二三四五六七八九十百]+、");
    private static final Pattern H2 = Pattern.compile("^[（(][一二三四五六七八九十百]+[）)]");
    private static final Pattern H3 = Pattern.compile("^\\d{1,2}[.．](?!\\d)");
    private static final Pattern H4 = Pattern.compile("^[（(]\\d{1,2}[）)]");
    /** A numbered line longer than this, or ending a sentence, is a paragraph that begins with a number. */
    private static final int HEADING_MAX = 40;

    private static final Pattern FIGURE = Pattern.compile("^[\\s\\u3000]*图[\\s\\u3000]*[0-9０-９一二三四五六七八九十]+([-—.．][0-9]+)?([\\s\\u3000]|[:：、.．]|$)");
    private static final Pattern TABLE = Pattern.compile("^[\\s\\u3000]*表[\\s\\u3000]*[0-9０-９一二三四五六七八九十]+([-—.．][0-9]+)?([\\s\\u3000]|[:：、.．]|$)");

    private Lines() {
    }

    /** A meta line under the title. */
    public record Meta(String source, String author, String byline) {
    }

    /** The source / author / byline a line gives, or null when it is not such a line. */
    public static Meta meta(String line) {
        Matcher m = BOTH.matcher(line);
        if (m.matches()) {
            return new Meta(m.group(1), m.group(2), null);
        }
        if ((m = SOURCE.matcher(line)).matches()) {
            return new Meta(m.group(1), null, null);
        }
        if ((m = AUTHOR.matcher(line)).matches() && line.strip().length() <= BYLINE_MAX) {
            return new Meta(null, m.group(1), null);
        }
        if (BYLINE.matcher(line).matches() && line.strip().length() <= BYLINE_MAX) {
            return new Meta(null, null, line.strip());
        }
        return null;
    }

    /**
     * The heading level (1–4) a line's own number gives ({@code 一、} 1, {@code （一）} 2, {@code 1.} 3,
     * {@code （1）} 4), or 0: a short line that does not end a sentence.
     */
    public static int headingLevel(String line) {
        String s = line.strip();
        if (s.length() > HEADING_MAX || s.endsWith("。") || s.endsWith("；") || s.endsWith("，")) {
            return 0;
        }
        if (H1.matcher(s).find()) {
            return 1;
        }
        if (H2.matcher(s).find()) {
            return 2;
        }
        if (H4.matcher(s).find()) {
            return 4;
        }
        return H3.matcher(s).find() ? 3 : 0;
    }

    public static boolean isFigureCaption(String line) {
        return FIGURE.matcher(line).find() && line.strip().length() <= 80;
    }

    public static boolean isTableCaption(String line) {
        return TABLE.matcher(line).find() && line.strip().length() <= 80;
    }
}
