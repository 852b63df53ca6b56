package org.jianbao.inline;

import java.util.ArrayList;
import java.util.List;
import org.jianbao.TestFonts;
import org.jianbao.font.FontChain;
import org.jianbao.model.Align;
import org.jianbao.model.Color;
import org.jianbao.model.Lang;
import org.jianbao.model.ProhibitionLevel;
import org.jianbao.model.PunctuationStyle;

/** Sets test paragraphs with the bundled serif at 10 pt, so that one em is 10 pt. */
final class Compose {
    static final double EM = 10;

    private Compose() {
    }

    static TextStyle style(FontChain fonts) {
        return new TextStyle(fonts, EM, Color.BLACK, Lang.HANS, 0);
    }

    static TextStyle serif() {
        return style(TestFonts.serif());
    }

    /** {@code text} set justified on lines {@code ems} wide, without indent. */
    static List<Line> lines(String text, double ems) {
        return lines(List.of(new Run(text, serif())), ems, PunctuationStyle.QUANJIAO);
    }

    static List<Line> lines(List<Run> runs, double ems, PunctuationStyle punct) {
        return new InlineLayout(ProhibitionLevel.BASIC, punct).layout(runs, LineSpec.of(ems * EM, Align.JUSTIFY), 0)
                .lines();
    }

    static List<String> texts(List<Line> lines) {
        List<String> out = new ArrayList<>();
        lines.forEach(l -> out.add(l.text()));
        return out;
    }

    /** The x of each glyph of the line whose text is {@code of}, by index in the line. */
    static double x(Line line, int index) {
        return line.glyphs().get(index).dx();
    }
}
