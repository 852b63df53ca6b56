package org.jianbao.model;

/** The style of every element of a bulletin (see docs/descriptor.md, "Styles"). */
public record StyleSheet(Style issueLine, Style editorLine, Style contentsTitle, Style contentsSection,
                         Style contentsEntry, Style sectionHeader, Style articleTitle, Style articleMeta,
                         Style body, Style heading1, Style heading2, Style heading3, Style heading4,
                         Style quote, Style note, Style caption, Style table, Style distribution, Style folio) {

    /** The style of an in-article heading of {@code level} 1–4. */
    public Style heading(int level) {
        return switch (level) {
            case 1 -> heading1;
            case 2 -> heading2;
            case 3 -> heading3;
            default -> heading4;
        };
    }
}
