package org.jianbao;

import java.util.ArrayList;
import java.util.List;
import org.jianbao.export.Exporter;
import org.jianbao.export.ofd.OfdExporter;
import org.jianbao.export.pdf.PdfExporter;
import org.jianbao.export.pdf.PdfOptions;
import org.jianbao.frame.Variant;
import org.jianbao.model.Issue;

/**
 * What a render writes beyond what the descriptor says.
 *
 * @param formats the files to write, in order: {@code pdf}, {@code ofd}
 * @param pdfa    PDF/A-2b on or off whatever the profile says; null: as the profile says
 * @param variant for 套打 paper or a printer without colour; the file's name says which
 * @param copy    the number of this copy (its 份号), or null for an unnumbered one
 */
public record RenderOptions(List<Format> formats, Boolean pdfa, Variant variant, Integer copy) {

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
        return new RenderOptions(List.of(Format.PDF), null, Variant.NORMAL, null);
    }

    /** These options for copy number {@code n}. */
    public RenderOptions copy(int n) {
        return new RenderOptions(formats, pdfa, variant, n);
    }

    /** The name of the files for a descriptor named {@code base}: base, variant and copy number. */
    public String name(String base) {
        return base + (variant == Variant.NORMAL ? "" : "-" + variant.name().toLowerCase(java.util.Locale.ROOT))
                + (copy == null ? "" : String.format("-%06d", copy));
    }

    /** The PDF exporter for {@code issue}: PDF/A as its profile says unless these options say otherwise. */
    public PdfExporter pdf(Issue issue) {
        var pub = issue.publication();
        return new PdfExporter(new PdfOptions(pdfa != null ? pdfa : pub.pdfa(), pub.delivery().red(),
                pub.masthead().color()));
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
