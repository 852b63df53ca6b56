package org.jianbao.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds web addresses and e-mail addresses in running text, in one pass (linear in the length of
 * the text, whatever it holds: a 200,000-letter run costs one scan, not one per letter). Both are
 * Latin words to Chinese composition (W3C clreq §3.2): the punctuation normaliser leaves them
 * alone, the line breaker breaks them only after {@code / . - _ ? & = #}, and the layout makes them
 * links.
 *
 * <p>A web address begins with {@code http://}, {@code https://} or {@code www.} (not in the middle
 * of a word) and runs over the characters RFC 3986 allows, except {@code , ; ( ) [ ]}, which in
 * Chinese text almost always belong to the sentence; a final {@code . ? ! : '} is the sentence's
 * too. An e-mail address is {@code local@domain.tld} with a top-level domain of two letters or more.
 */
public final class Links {
    /** Characters a web address may hold (RFC 3986 §2, less {@code , ; ( ) [ ]}). */
    private static final String URL_MARKS = "-._~:/?#@!$&'*+=%";
    /** Characters that end a sentence rather than an address when they come last. */
    private static final String URL_TRAILING = ".?!:'";
    /** Characters of the local part of an e-mail address (RFC 5322 dot-atom, the usual subset). */
    private static final String LOCAL_MARKS = "._%+-";

    private Links() {
    }

    /** What kind of address a link is. */
    public enum Kind { URL, EMAIL }

    /**
     * An address at {@code [start, end)} of the text.
     *
     * @param target what a reader's click should open: the address itself, {@code http://} before a
     *               bare {@code www.}, {@code mailto:} before an e-mail address
     */
    public record Link(int start, int end, Kind kind, String target) {
    }

    /** The addresses of {@code text}, in order, not overlapping. */
    public static List<Link> find(CharSequence text) {
        List<Link> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int emailFrom = 0;   // an e-mail address never begins before the end of the last link
        while (i < n) {
            char c = text.charAt(i);
            if ((c == 'h' || c == 'H' || c == 'w' || c == 'W') && (i == 0 || !isAsciiAlnum(text.charAt(i - 1)))) {
                int head = urlHead(text, i);
                if (head > 0) {
                    int end = i + head;
                    int depth = 0;   // brackets inside an address are its own only when balanced
                    while (end < n) {
                        char u = text.charAt(end);
                        if (u == '(') {
                            depth++;
                        } else if (u == ')' && depth > 0) {
                            depth--;
                        } else if (!isUrlChar(u)) {
                            break;
                        }
                        end++;
                    }
                    while (depth > 0) {
                        // an unclosed bracket and what follows it belong to the sentence
                        end = lastOpen(text, i + head, end);
                        depth--;
                    }
                    while (end > i + head && URL_TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
                        end--;
                    }
                    if (end > i + head) {
                        String url = text.subSequence(i, end).toString();
                        String target = url.regionMatches(true, 0, "www.", 0, 4) ? "http://" + url : url;
                        out.add(new Link(i, end, Kind.URL, target));
                        i = end;
                        emailFrom = end;
                        continue;
                    }
                }
            }
            if (c == '@') {
                Link mail = email(text, i, emailFrom);
                if (mail != null) {
                    out.add(mail);
                    i = mail.end();
                    emailFrom = i;
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    /** The index of the last {@code (} in {@code [from, to)}, or {@code to}. */
    private static int lastOpen(CharSequence t, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            if (t.charAt(k) == '(') {
                return k;
            }
        }
        return to;
    }

    /** The length of the scheme or {@code www.} that starts a web address at {@code i}, or 0. */
    private static int urlHead(CharSequence t, int i) {
        for (String head : new String[] {"https://", "http://", "www."}) {
            if (startsWithIgnoreCase(t, i, head)) {
                return head.length();
            }
        }
        return 0;
    }

    /** The e-mail address around the {@code @} at {@code at}, or null. */
    private static Link email(CharSequence t, int at, int from) {
        int s = at;
        while (s > from && isLocalChar(t.charAt(s - 1))) {
            s--;
        }
        while (s < at && t.charAt(s) == '.') {
            s++;   // a local part does not begin with a dot
        }
        if (s == at) {
            return null;
        }
        int e = at + 1;
        int n = t.length();
        while (e < n && (isAsciiAlnum(t.charAt(e)) || t.charAt(e) == '.' || t.charAt(e) == '-')) {
            e++;
        }
        while (e > at + 1 && (t.charAt(e - 1) == '.' || t.charAt(e - 1) == '-')) {
            e--;
        }
        // the last label is the top-level domain: two letters or more, after a dot
        int dot = -1;
        for (int k = e - 1; k > at; k--) {
            if (t.charAt(k) == '.') {
                dot = k;
                break;
            }
        }
        if (dot < 0 || e - dot - 1 < 2) {
            return null;
        }
        for (int k = dot + 1; k < e; k++) {
            if (!Character.isLetter(t.charAt(k))) {
                return null;
            }
        }
        String address = t.subSequence(s, e).toString();
        return new Link(s, e, Kind.EMAIL, "mailto:" + address);
    }

    private static boolean startsWithIgnoreCase(CharSequence t, int i, String head) {
        if (i + head.length() > t.length()) {
            return false;
        }
        for (int k = 0; k < head.length(); k++) {
            if (Character.toLowerCase(t.charAt(i + k)) != head.charAt(k)) {
                return false;
            }
        }
        // "www." must be followed by a name, a scheme by anything but a blank
        return i + head.length() < t.length() && isUrlChar(t.charAt(i + head.length()))
                && !(head.equals("www.") && !isAsciiAlnum(t.charAt(i + head.length())));
    }

    static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static boolean isUrlChar(char c) {
        return isAsciiAlnum(c) || URL_MARKS.indexOf(c) >= 0;
    }

    private static boolean isLocalChar(char c) {
        return isAsciiAlnum(c) || LOCAL_MARKS.indexOf(c) >= 0;
    }

    /** Whether {@code s} as a whole is one address (for an autolink {@code <…>}). */
    public static Link whole(String s) {
        List<Link> l = find(s);
        return l.size() == 1 && l.get(0).start() == 0 && l.get(0).end() == s.length() ? l.get(0) : null;
    }
}
