package org.jianbao.inline;

/** A piece of a paragraph's text in one style. */
public record Run(String text, TextStyle style) {

    // Written out rather than generated: a record's own equals and hashCode are bootstrapped on first use,
    // which costs a cold start milliseconds (docs/performance.md). Same values as the generated ones.
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Run o
                && java.util.Objects.equals(text, o.text)
                && java.util.Objects.equals(style, o.style);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + java.util.Objects.hashCode(text);
        h = 31 * h + java.util.Objects.hashCode(style);
        return h;
    }
}
