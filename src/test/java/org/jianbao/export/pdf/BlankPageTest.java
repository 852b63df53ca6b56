package org.jianbao.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jianbao.frame.Document;
import org.jianbao.frame.Frame;
import org.jianbao.frame.FrameItem;
import org.jianbao.frame.Metadata;
import org.jianbao.frame.Tag;
import org.jianbao.model.Color;
import org.junit.jupiter.api.Test;

/**
 * A frame with nothing on it is a page of the PDF all the same: the back of a sheet left blank before
 * a duplex issue's 版记 page, or before an issue bound in a volume (GB/T 9704-2012 §7.5).
 */
class BlankPageTest {
    private static Frame ruled() {
        return new Frame(595, 842, List.of(new FrameItem.Marked(new FrameItem.Rule(10, 10, 100, 10, 1, Color.BLACK),
                Tag.LAYOUT)));
    }

    @Test
    void blankFramesAreWrittenAsPages() throws IOException {
        Frame blank = new Frame(595, 842, List.of());
        Document doc = new Document(List.of(ruled(), blank, blank, ruled(), blank), List.of(),
                new Metadata("空白页", "测试", "", "", "zh-CN", LocalDate.of(2024, 1, 1)), Tag.document());
        byte[] pdf = new PdfExporter(new PdfOptions(false)).bytes(doc);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertEquals(5, d.getNumberOfPages());
        }
    }
}
