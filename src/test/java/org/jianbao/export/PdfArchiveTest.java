package org.jianbao.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jianbao.RenderOptions;
import org.jianbao.TestFonts;
import org.jianbao.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Archive-grade output: every sample validates as PDF/A-2b and passes the PDF/UA-1 machine checks of
 * veraPDF; the output is deterministic.
 */
class PdfArchiveTest {
    @BeforeAll
    static void initialise() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static List<String> samples() {
        return Samples.NAMES;
    }

    /** The rules a file fails, with how often, e.g. {@code 6.2.11.4.1-1 ×3}. */
    static String failures(Path pdf, PDFAFlavour flavour) throws IOException, ValidationException {
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            TreeMap<String, Long> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .collect(Collectors.groupingBy(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber()
                            + " " + a.getMessage(), TreeMap::new, Collectors.counting()));
            return result.isCompliant() ? "" : failed.toString();
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleIsPdfA2b(String name) throws Exception {
        String failed = failures(Samples.get(name).pdf(), PDFAFlavour.PDFA_2_B);
        assertTrue(failed.isEmpty(), name + " fails PDF/A-2b: " + failed);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void samplePassesTheMachineChecksOfPdfUa1(String name) throws Exception {
        // tagged structure, artifacts, language, link elements with descriptions, table spans
        String failed = failures(Samples.get(name).pdf(), PDFAFlavour.PDFUA_1);
        assertTrue(failed.isEmpty(), name + " fails PDF/UA-1: " + failed);
    }

    @Test
    void sameDescriptorGivesTheSameBytes() throws IOException {
        Path out1 = Samples.outputFolder().resolve("determinism-1");
        Path out2 = Samples.outputFolder().resolve("determinism-2");
        TestFonts.jianbao().render(Samples.descriptor("zhejiang-2020-07"), out1, RenderOptions.asProfile());
        TestFonts.jianbao().render(Samples.descriptor("zhejiang-2020-07"), out2, RenderOptions.asProfile());
        assertArrayEquals(Files.readAllBytes(out1.resolve("zhejiang-2020-07.pdf")),
                Files.readAllBytes(out2.resolve("zhejiang-2020-07.pdf")));
    }

    /**
     * docs/performance.md: the zhejiang issue, PDF/A and tagged, is no larger than XeLaTeX's untagged
     * plain PDF of the same content and fonts (236,021 bytes), thanks to our own CFF subsets,
     * glyph-ordered codes, ranged ToUnicode maps and a compact colour profile.
     */
    @Test
    void zhejiangIsNoLargerThanXelatexsPdfOfTheSameContent() throws IOException {
        long size = Files.size(Samples.get("zhejiang-2020-07").pdf());
        assertTrue(size <= 236_021, "zhejiang-2020-07.pdf is " + size + " bytes");
    }

    @Test
    void validatorRejectsThePlainPdfSoTheCheckAboveIsReal() throws Exception {
        Path out = Samples.outputFolder().resolve("plain");
        TestFonts.jianbao().render(Samples.descriptor("tianjin-2021-08"), out, new RenderOptions(false));
        String failed = failures(out.resolve("tianjin-2021-08.pdf"), PDFAFlavour.PDFA_2_B);
        assertTrue(failed.contains("6.6.4") || failed.contains("6.2.4"), failed);
    }
}
