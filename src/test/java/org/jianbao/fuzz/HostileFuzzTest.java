package org.jianbao.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jianbao.Jianbao;
import org.jianbao.RenderOptions;
import org.jianbao.TestFonts;
import org.jianbao.TestIssues;
import org.jianbao.problem.JianbaoException;

/**
 * Fuzzing of what a hostile descriptor can point at and carry: file paths (escapes, links-to-be,
 * odd characters), picture files (real pictures cut, flipped and disguised), and profile strings
 * (controls, noncharacters, marks). Whatever comes in, only the project's own {@link
 * JianbaoException} may come out, nothing outside the folder is read, and a PDF that is written
 * has well-formed XMP metadata.
 */
class HostileFuzzTest {
    /** A folder of this run alone: two test runs on one machine must not share their files. */
    private static final Path WORK = TestIssues.freshFolder("jianbao-hostile-fuzz");

    @Provide
    Arbitrary<String> path() {
        Arbitrary<String> part = Arbitraries.of("..", ".", "", "a", "images", "x.png", "x.md", "%2e%2e", "~", "\\",
                "中文", "C:", " ", "..\\..", "/etc/passwd", "file:///etc/passwd", "x.png\u0000.md", "\u202e", "a".repeat(300));
        return part.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("/", l));
    }

    @Property(tries = 200)
    void anyPathIsResolvedInsideTheFolderOrRefused(@ForAll("path") String image, @ForAll("path") String markdown)
            throws IOException {
        Path dir = folder("paths");
        Files.createDirectories(dir.resolve("images"));
        Files.copy(TestFonts.home().resolve("issues/images/zhuolang-queue-system.png"), dir.resolve("images/x.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path issue = TestIssues.issue(dir, "[ { \"name\": \"测试\", \"articles\": [ { \"title\": \"甲\", \"body\": [ \"正文。\","
                + " { \"type\": \"image\", \"src\": " + json(image) + " } ] }, { \"title\": \"乙\", \"markdownFile\": "
                + json(markdown) + " } ] } ]");
        List<?> problems = checked(issue);
        if (problems.stream().noneMatch(p -> ((org.jianbao.problem.Problem) p).isError())) {
            throw new AssertionError("a path that reaches no file in the folder was accepted: " + image + " / " + markdown);
        }
    }

    @Provide
    Arbitrary<byte[]> picture() {
        return Arbitraries.of("issues/images/zhuolang-queue-system.png", "src/test/resources/hostile/106-jpeg-cmyk/cmyk.jpg",
                        "src/test/resources/hostile/112-jpeg-exif-rotated/exif-rotated.jpg")
                .flatMap(name -> {
                    byte[] real = read(TestFonts.home().resolve(name));
                    return Arbitraries.integers().between(0, 4).flatMap(kind -> Arbitraries.integers()
                            .between(0, real.length - 1).map(at -> damage(real, kind, at)));
                });
    }

    /** 0 cut short, 1 a byte flipped, 2 the header kept and the rest zeros, 3 a run duplicated, 4 as it is. */
    private static byte[] damage(byte[] real, int kind, int at) {
        byte[] b = real.clone();
        switch (kind) {
            case 0 -> b = java.util.Arrays.copyOf(real, Math.max(1, at));
            case 1 -> b[at] ^= (byte) 0x5A;
            case 2 -> java.util.Arrays.fill(b, Math.min(at, 64), b.length, (byte) 0);
            case 3 -> {
                byte[] d = java.util.Arrays.copyOf(real, real.length + Math.min(200, real.length - at));
                System.arraycopy(real, at, d, real.length, d.length - real.length);
                b = d;
            }
            default -> { }
        }
        return b;
    }

    @Property(tries = 60)
    void anyPictureFileIsSetOrRefusedCleanly(@ForAll("picture") byte[] picture) throws IOException {
        Path dir = folder("pictures");
        Files.write(dir.resolve("p.png"), picture);
        Path issue = TestIssues.article(dir, null, "[ \"正文。\", { \"type\": \"image\", \"src\": \"p.png\" } ]");
        render(issue, dir);
    }

    @Provide
    Arbitrary<String> profileText() {
        Arbitrary<String> piece = Arbitraries.of("协会", "简报", "A&B", "<x>", "\"", "\u0000", "\u0001", "\u001f", "\uffff",
                "\ufffe", "\ufdd0", "\ud800", "\udfff", "\u200b", "\u202e", "\ue000", "e\u0301", "\ufe0f", "\t", "\n", "]]>",
                "\u3000", "①", "〓");
        return piece.list().ofMinSize(1).ofMaxSize(12).map(l -> String.join("", l));
    }

    @Property(tries = 60)
    void anyProfileStringIsSetOrRefusedCleanly(@ForAll("profileText") String name, @ForAll("profileText") String editor)
            throws IOException {
        Path dir = folder("profile");
        Path issue = TestIssues.article(dir, null, "[ \"正文。\" ]");
        String profile = TestIssues.PROFILE.replace("\"name\": \"测试简报\"", "\"name\": " + json(name))
                .replace("\"editor\": \"测试协会秘书处\"", "\"editor\": " + json(editor));
        Files.writeString(dir.resolve("profiles/test.json"), profile);
        Path pdf = render(issue, dir);
        if (pdf != null) {
            try (PDDocument d = Loader.loadPDF(pdf.toFile()); InputStream xmp = d.getDocumentCatalog().getMetadata()
                    .exportXMPMetadata()) {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                f.newDocumentBuilder().parse(new ByteArrayInputStream(xmp.readAllBytes()));
            } catch (Exception e) {
                throw new AssertionError("the XMP metadata is not well-formed XML for " + json(name) + ": " + e, e);
            }
        }
    }

    /** The problems of {@code issue}; only the project's own exception may come out. */
    private static List<?> checked(Path issue) {
        try {
            return TestFonts.jianbao().check(issue);
        } catch (JianbaoException e) {
            return e.problems();
        }
    }

    /** Renders {@code issue}; the PDF, or null when it was refused with the project's own exception. */
    private static Path render(Path issue, Path dir) {
        Jianbao jb = TestFonts.jianbao();
        try {
            return jb.render(issue, dir.resolve("out"), RenderOptions.asProfile()).files().get(0);
        } catch (JianbaoException refused) {
            return null;
        }
    }

    private static Path folder(String name) throws IOException {
        Path dir = WORK.resolve(name);
        if (Files.exists(dir)) {
            try (var all = Files.walk(dir)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A JSON string literal: every character outside printable ASCII and CJK escaped. */
    private static String json(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                q.append('\\').append(c);
            } else if (c < 0x20 || c >= 0xD800 && c < 0xE000 || c >= 0xFFF0) {
                q.append(String.format("\\u%04x", (int) c));
            } else {
                q.append(c);
            }
        }
        return q.append('"').toString();
    }
}
