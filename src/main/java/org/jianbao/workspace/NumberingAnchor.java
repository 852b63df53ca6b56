package org.jianbao.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.jianbao.workspace.json.AtomicWrite;
import org.jianbao.workspace.json.JsonText;

/**
 * The profile's {@code numbering} anchor ("2026年第1期 = 总第1期, 12 a year") carried into a new year.
 * The check of 总第N期 counts {@code perYear} issues for every year after the anchor's; a year that
 * ended with fewer (a bulletin started in December, a year with a pause) would make every later
 * issue look misnumbered. When {@code jianbao new} starts a new year and the previous issue agreed
 * with the anchor but the new one cannot, the anchor moves to the new year's first issue — only its
 * three numbers are rewritten, the rest of the profile stays as written.
 */
final class NumberingAnchor {
    private NumberingAnchor() {
    }

    /**
     * Moves the anchor of {@code profileFile}, whose text is {@code profile}, to ({@code year}, 第1期, {@code total}) when needed;
     * what was done (or what the user should do, when the profile cannot be written), else empty.
     */
    static Optional<String> follow(Path profileFile, JsonText profile, int prevYear, int prevNumber, int prevTotal,
                                   int year, int total) {
        JsonNode n = profile.value("$").path("numbering");
        if (!n.path("year").canConvertToExactIntegral() || !n.path("number").canConvertToExactIntegral()
                || !n.path("total").canConvertToExactIntegral()) {
            return Optional.empty();
        }
        int perYear = n.path("perYear").asInt(12);
        int aYear = n.get("year").intValue();
        int aNumber = n.get("number").intValue();
        int aTotal = n.get("total").intValue();
        boolean previousAgreed = aTotal + (prevYear - aYear) * perYear + (prevNumber - aNumber) == prevTotal;
        boolean newAgrees = aTotal + (year - aYear) * perYear + (1 - aNumber) == total;
        if (!previousAgreed || newAgrees) {
            return Optional.empty();
        }
        String what = "numbering now counts from " + year + "年第1期 = 总第" + total + "期 (" + prevYear + " ended with 第"
                + prevNumber + "期, not 第" + perYear + "期)";
        JsonText moved = profile.replace("$.numbering.year", IntNode.valueOf(year))
                .replace("$.numbering.number", IntNode.valueOf(1))
                .replace("$.numbering.total", IntNode.valueOf(total));
        try {
            AtomicWrite.replace(profileFile, moved.text().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.of(profileFile + " could not be written (" + e.getMessage() + "); set its " + what
                    + " by hand, or 总第N期 of this year's issues will be reported as not following from it");
        }
        return Optional.of(profileFile.getFileName() + ": " + what);
    }
}
