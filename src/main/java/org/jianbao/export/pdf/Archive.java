package org.jianbao.export.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import org.jianbao.frame.Metadata;

/**
 * What PDF/A-2b (ISO 19005-2, level B) asks beyond a plain PDF: an XMP packet that identifies the
 * part and level and repeats the document information, and an sRGB output intent for the device
 * colours (a compact profile of our own, {@link SrgbProfile}). The output intent's subtype is
 * GTS_PDFA1 for every part of PDF/A; OpenPDF names it so only in its PDF/A-1 mode, which also adds
 * CIDSets, so this class writes both itself. The XMP is written as text: no XML library is loaded
 * for it.
 */
final class Archive {
    private Archive() {
    }

    /** XMP metadata always; for PDF/A, the output intent too. */
    static void apply(PdfWriter writer, Metadata m, PdfOptions options, String producer) throws IOException {
        boolean pdfa = options.pdfa();
        // compressed: ISO 19005-2 lets the metadata stream be filtered (PDF/A-1 did not)
        PdfStream xmp = new PdfStream(xmp(m, pdfa, producer).getBytes(StandardCharsets.UTF_8));
        xmp.put(PdfName.TYPE, PdfName.METADATA);
        xmp.put(PdfName.SUBTYPE, PdfName.XML);
        xmp.flateCompress(java.util.zip.Deflater.BEST_COMPRESSION);
        writer.getExtraCatalog().put(PdfName.METADATA, writer.addToBody(xmp).getIndirectReference());
        if (!pdfa) {
            return;
        }
        // for a press, a CMYK output intent: the red is ink, the pictures sRGB by their own profile
        boolean press = options.press();
        PdfStream profile = new PdfStream(press ? CmykProfile.bytes() : SrgbProfile.bytes());
        profile.put(PdfName.N, new PdfNumber(press ? 4 : 3));
        profile.flateCompress(java.util.zip.Deflater.BEST_COMPRESSION);
        PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
        intent.put(PdfName.S, PdfName.GTS_PDFA1);
        String condition = press ? "Custom" : "sRGB IEC61966-2.1";
        intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString(condition));
        intent.put(PdfName.INFO, new PdfString(press ? "jianbao generic CMYK press" : condition));
        intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
        PdfArray intents = new PdfArray();
        intents.add(intent);
        writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, intents);
    }

    /**
     * The XMP packet: PDF/A and PDF/UA identification (the PDF/UA schema declared as a PDF/A
     * extension schema, ISO 19005-2 §6.6.2.3.3), Dublin Core, PDF and XMP basic properties, equal
     * to the Info dictionary.
     */
    static String xmp(Metadata m, boolean pdfa, String producer) {
        String date = Dates.of(m.date()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String pdfaid = !pdfa ? "" : ""
                + "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                + "   <pdfaid:part>2</pdfaid:part>\n"
                + "   <pdfaid:conformance>B</pdfaid:conformance>\n"
                + "  </rdf:Description>\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
                + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
                + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
                + "   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
                + "    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
                + "    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
                + "    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
                + "    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
                + "     <pdfaProperty:name>part</pdfaProperty:name>\n"
                + "     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
                + "     <pdfaProperty:category>internal</pdfaProperty:category>\n"
                + "     <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed"
                + "</pdfaProperty:description>\n"
                + "    </rdf:li></rdf:Seq></pdfaSchema:property>\n"
                + "   </rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
                + "  </rdf:Description>\n";
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + pdfaid
                + "  <rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "   <pdfuaid:part>1</pdfuaid:part>\n"
                + "  </rdf:Description>\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "   <dc:format>application/pdf</dc:format>\n"
                + "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + esc(m.title()) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "   <dc:creator><rdf:Seq><rdf:li>" + esc(m.author()) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + esc(m.subject())
                + "</rdf:li></rdf:Alt></dc:description>\n"
                + "   <dc:language><rdf:Bag><rdf:li>" + esc(m.lang()) + "</rdf:li></rdf:Bag></dc:language>\n"
                + "  </rdf:Description>\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                + "   <pdf:Producer>" + esc(producer) + "</pdf:Producer>\n"
                + "   <pdf:Keywords>" + esc(m.keywords()) + "</pdf:Keywords>\n"
                + "  </rdf:Description>\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                + "   <xmp:CreatorTool>jianbao</xmp:CreatorTool>\n"
                + "   <xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
                + "   <xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
                + "   <xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n"
                + "  </rdf:Description>\n"
                + " </rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
    }

    /** Text as XML character data: markup escaped, and characters XML 1.0 cannot hold (§2.2) left out. */
    private static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    boolean xml = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                            || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
                    if (xml) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
