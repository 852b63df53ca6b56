package org.jianbao;

import org.jianbao.export.pdf.PdfExporter;
import org.jianbao.export.pdf.PdfOptions;
import org.jianbao.model.Issue;

/**
 * What a render writes beyond what the descriptor says.
 *
 * @param pdfa PDF/A-2b on or off whatever the profile says; null: as the profile says
 */
public record RenderOptions(Boolean pdfa) {

    /** Everything as the descriptor and its profile say. */
    public static RenderOptions asProfile() {
        return new RenderOptions(null);
    }

    /** The PDF exporter for {@code issue}: PDF/A as its profile says unless these options say otherwise. */
    public PdfExporter pdf(Issue issue) {
        return new PdfExporter(new PdfOptions(pdfa != null ? pdfa : issue.publication().pdfa()));
    }
}
