package org.jianbao.export.ofd;

import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void writes() throws Exception {
        for (String n : org.jianbao.Samples.NAMES) {
            var w = OfdSamples.get(n);
            String ofd = String.join("", OfdContents.pageTexts(w.ofd())).replaceAll("[\\s\\u3000]+", "");
            String pdf;
            try (var doc = org.apache.pdfbox.Loader.loadPDF(w.rendered().pdf().toFile())) {
                pdf = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("[\\s\\u3000]+", "");
            }
            System.out.println(n + " pdf=" + w.rendered().pdf().toFile().length() + " ofd=" + w.bytes().length + " ms=" + w.millis()
                + " ratio=" + TextSimilarity.ratio(pdf, ofd) + " eq=" + pdf.equals(ofd) + " len=" + pdf.length() + "/" + ofd.length());
            if (!pdf.equals(ofd)) {
                int i = 0; while (i < Math.min(pdf.length(), ofd.length()) && pdf.charAt(i) == ofd.charAt(i)) i++;
                System.out.println("  first diff at " + i + ": pdf=" + pdf.substring(i, Math.min(pdf.length(), i + 40)) + " ofd=" + ofd.substring(i, Math.min(ofd.length(), i + 40)));
            }
        }
    }
}
