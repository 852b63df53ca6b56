package org.jianbao;

import java.util.ArrayList;
import java.util.List;
import org.jianbao.export.Exporter;
import org.jianbao.export.ofd.OfdExporter;
import org.jianbao.export.pdf.PdfExporter;
import org.jianbao.export.pdf.PdfOptions;
import org.jianbao.model.Issue;

/**
 * What a render writes beyond what the descriptor says.
 *
 * @param formats the files to write, in order: {@code pdf}, {@code ofd}
 * @param pdfa    PDF/A-2b on or off whatever the profile says; null: as the profile says
 */
public record RenderOptions(List<Format> formats, Boolean pdfa) {

    /** The file formats a render can write. */
    public enum Format {
        /** PDF (ISO 32000), PDF/A-2b and tagged unless the profile or {@code --no-pdfa} says otherwise. */
        PDF,
        /** OFD (GB/T 33190-2016), the fixed-layout format of Chinese government offices. */
        OFD
    }

    public RenderOptions {
        formats = List.copyOf(formats);
    }

    /** A PDF, everything as the descriptor and its profile say. */
    public static RenderOptions asProfile() {
        return new RenderOptions(List.of(Format.PDF), null);
    }

    /** The PDF exporter for {@code issue}: PDF/A as its profile says unless these options say otherwise. */
    public PdfExporter pdf(Issue issue) {
        return new PdfExporter(new PdfOptions(pdfa != null ? pdfa : issue.publication().pdfa()));
    }

    /** The exporters of these options for {@code issue}, in the order of {@link #formats}. */
    public List<Exporter> exporters(Issue issue) {
        List<Exporter> out = new ArrayList<>();
        for (Format f : formats) {
            out.add(f == Format.PDF ? pdf(issue) : new OfdExporter());
        }
        return out;
    }
}
