package org.jianbao.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import net.jqwik.api.constraints.DoubleRange;
import org.jianbao.Jianbao;
import org.jianbao.problem.JianbaoException;
import org.jianbao.TestFonts;
import org.jianbao.TestIssues;
import org.jianbao.font.FontChain;
import org.jianbao.inline.InlineLayout;
import org.jianbao.inline.Line;
import org.jianbao.inline.LineSpec;
import org.jianbao.inline.Run;
import org.jianbao.inline.TextStyle;
import org.jianbao.model.Align;
import org.jianbao.model.Color;
import org.jianbao.model.Lang;
import org.jianbao.model.ProhibitionLevel;
import org.jianbao.model.PunctuationStyle;

/**
 * Property-based fuzzing of the descriptor reader and the layout engine with random Chinese, Latin
 * and punctuation text: whatever comes in, nothing but the project's own {@link JianbaoException}
 * may come out, lines stay inside the measure and no character is lost. The number of tries per
 * property is {@code jqwik.tries.default} in src/test/resources/junit-platform.properties (CI: well
 * under two minutes); run more locally with {@code mvn test -Dtest=FuzzTest -Djqwik.tries.default=5000}.
 */
class FuzzTest {
    /** Han, punctuation of every class, Latin, digits, spaces, URL and e-mail pieces, rare marks. */
    private static final String[] ALPHABET = {
        "中", "文", "排", "版", "测", "试", "國", "際", "，", "。", "、", "；", "：", "？", "！", "“", "”", "‘", "’",
        "（", "）", "《", "》", "「", "」", "『", "』", "【", "】", "〔", "〕", "——", "……", "—", "…", "·", "～",
        "a", "Z", "word", "SIGCOMM", "6.7%", "2020", "3.14", " ", " ", "\u3000", "\n", "http://a.b/c_d?e=f&g=h",
        "x@y.org", "/", "-", "_", ".", ",", "(", ")", "%", "〓", "ʼ", "é", "①", "\t", "**"
    };
    private static final FontChain FONTS = new FontChain(List.of(TestFonts.face("Noto Serif CJK SC"),
            TestFonts.face("Noto Sans CJK SC Bold"), TestFonts.face("LXGW WenKai")));
    /** A folder of this run alone: two test runs on one machine must not share their files. */
    private static final Path WORK = TestIssues.freshFolder("jianbao-fuzz");

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.of(ALPHABET).list().ofMinSize(0).ofMaxSize(400).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<PunctuationStyle> punctuation() {
        return Arbitraries.of(PunctuationStyle.class);
    }

    @Property
    void layoutNeverFailsAndKeepsEveryCharacter(@ForAll("text") String text,
                                                @ForAll @DoubleRange(min = 1, max = 60) double ems,
                                                @ForAll("punctuation") PunctuationStyle punct) {
        TextStyle style = new TextStyle(FONTS, 10, Color.BLACK, Lang.HANS, 0);
        InlineLayout layout = new InlineLayout(ProhibitionLevel.STRICT, punct);
        List<Line> lines = layout.layout(List.of(new Run(text, style)), LineSpec.of(ems * 10, Align.JUSTIFY), 20)
                .lines();
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            // a line may overrun only when what it holds cannot be cut: one character (or ——),
            // or on the first line the indent and one character
            double room = ems * 10 + 0.01;
            long chars = l.glyphs().stream().filter(g -> !g.text().isBlank()).count();
            if (l.width() > room && chars > (l.text().contains("——") || l.text().contains("……") ? 2 : 1)) {
                throw new AssertionError("overfull line " + l.width() + " > " + ems * 10 + ": " + l.text());
            }
            all.append(l.text());
        }
        String expected = text.replaceAll("[\\s\\u3000]", "");
        String got = all.toString().replaceAll("[\\s\\u3000]", "");
        if (!got.equals(expected)) {
            throw new AssertionError("characters lost or added:\n" + expected + "\n" + got);
        }
    }

    @Property
    void descriptorWithRandomTextIsSetOrRefusedCleanly(@ForAll("text") String title, @ForAll("text") String body)
            throws IOException {
        Path dir = Files.createDirectories(WORK.resolve("issue"));
        String json = "[ " + quote(body) + ", { \"type\": \"list\", \"items\": [ " + quote(title) + " ] } ]";
        Path issue = TestIssues.issue(dir, "[ { \"name\": " + quote(title) + ", \"articles\": [ { \"title\": "
                + quote(title) + ", \"body\": " + json + " } ] } ]");
        try {
            Jianbao jb = TestFonts.jianbao();
            jb.layout(jb.read(issue).issue());
        } catch (JianbaoException expected) {
            // a clear refusal (an empty title, say) is fine
        }
    }

    @Provide
    Arbitrary<String> mutation() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, 4000);
        Arbitrary<String> junk = Arbitraries.of("{", "}", "[", "]", "\"", ",", ":", "null", "0", "-1", "1e999", "\\",
                "\"\\u0000\"", "true", "中", "\u0000", "\uD800", "**", " ");
        return Combinators.combine(at, junk, Arbitraries.integers().between(0, 3)).as((i, j, k) -> i + "|" + k + "|" + j);
    }

    @Property
    void mutatedSampleIsCheckedWithoutACrash(@ForAll("mutation") String m1, @ForAll("mutation") String m2)
            throws IOException {
        Path sample = TestFonts.home().resolve("issues/tianjin-2021-08.json");
        String text = Files.readString(sample);
        text = mutate(mutate(text, m1), m2);
        Path dir = Files.createDirectories(WORK.resolve("mutated"));
        Files.createDirectories(dir.resolve("profiles"));
        Files.copy(sample.resolveSibling("profiles/tianjin.json"), dir.resolve("profiles/tianjin.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path f = dir.resolve("issue.json");
        Files.write(f, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));   // a lone surrogate becomes ?
        TestFonts.jianbao().check(f);   // returns problems; must not throw
    }

    /** Applies "offset|kind|junk": 0 insert, 1 replace a character, 2 delete a stretch, 3 duplicate a stretch. */
    private static String mutate(String s, String m) {
        String[] p = m.split("\\|", 3);
        int at = Math.min(Integer.parseInt(p[0]), s.length());
        int kind = Integer.parseInt(p[1]);
        String junk = p[2];
        int end = Math.min(s.length(), at + 1 + at % 7);
        return switch (kind) {
            case 0 -> s.substring(0, at) + junk + s.substring(at);
            case 1 -> s.substring(0, at) + junk + s.substring(Math.min(s.length(), at + 1));
            case 2 -> s.substring(0, at) + s.substring(end);
            default -> s.substring(0, end) + s.substring(at, end) + s.substring(end);
        };
    }

    private static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                q.append('\\').append(c);
            } else if (c < 0x20) {
                q.append(String.format("\\u%04x", (int) c));
            } else {
                q.append(c);
            }
        }
        return q.append('"').toString();
    }
}
