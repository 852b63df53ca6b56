package org.jianbao.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jianbao.model.Lang;
import org.jianbao.importer.article.Blocks;
import org.jianbao.importer.article.Draft;
import org.jianbao.importer.article.ImportException;
import org.jianbao.importer.article.Lines;

/**
 * A plain-text article: the first line is the title, the short lines after it may be source, author
 * or byline lines, and paragraphs are separated by blank lines — or, when the text has no blank line
 * at all, each line is a paragraph. A short line numbered 一、 （一） 1. （1） is a heading.
 */
public final class TextReader {
    private TextReader() {
    }

    public static Draft read(Path file, Lang lang) {
        Draft d = new Draft(lang);
        List<String> lines = List.of(TextFiles.read(file, d.report()).split("\n", -1));
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i == lines.size()) {
            throw new ImportException(file + ": is empty");
        }
        d.title(lines.get(i++).strip());
        for (; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            Lines.Meta m = Lines.meta(lines.get(i));
            if (m == null) {
                break;
            }
            if (m.source() != null) {
                d.source(m.source());
            }
            if (m.author() != null) {
                d.author(m.author());
            }
            if (m.byline() != null) {
                d.byline(m.byline());
            }
        }
        List<String> rest = lines.subList(i, lines.size());
        boolean blankSeparated = false;
        for (int k = 1; k < rest.size() - 1; k++) {
            blankSeparated |= rest.get(k).isBlank() && rest.subList(k + 1, rest.size()).stream().anyMatch(l -> !l.isBlank());
        }
        List<String> paragraph = new ArrayList<>();
        for (String line : rest) {
            if (line.isBlank() || !blankSeparated) {
                add(d, paragraph);
                if (!line.isBlank()) {
                    paragraph.add(line);
                    add(d, paragraph);
                }
            } else {
                paragraph.add(line);
            }
        }
        add(d, paragraph);
        if (d.isEmpty()) {
            throw new ImportException(file + ": has no text under its title \"" + d.title() + "\"");
        }
        return d;
    }

    private static void add(Draft d, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        String text = String.join("\n", lines).strip();
        lines.clear();
        int level = Lines.headingLevel(text);
        if (level > 0 && !text.contains("\n")) {
            d.add("heading", Blocks.heading(level, d.clean(text)));
        } else {
            d.add("paragraph", Blocks.paragraph(d.clean(text)));
        }
    }
}
