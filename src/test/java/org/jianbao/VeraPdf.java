package org.jianbao;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the PDF/A and PDF/UA validator, for tests. */
public final class VeraPdf {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** The rules a file fails, with how often, e.g. {@code 6.2.11.4.1-1 ×3}; empty when it is compliant. */
    public static String failures(Path pdf, PDFAFlavour flavour) throws IOException {
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
}
