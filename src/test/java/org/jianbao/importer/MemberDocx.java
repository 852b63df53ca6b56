package org.jianbao.importer;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Word documents like those member companies send, built with POI for the tests: 宋体 body, a 黑体
 * title, 来源/作者 lines, automatic 一、 （一） numbering, a Heading 2, bold and italic runs, a bullet
 * list, a statistics table with merged cells and a "/" cell, a photo whose EXIF data says "turn 90°
 * clockwise" with its caption, a tracked insertion and deletion, a comment and a footnote.
 */
final class MemberDocx {
    static final String TITLE = "江苏省信息技术协会召开2025年第一次理事会";
    static final String LEDE = "3月12日，江苏省信息技术协会在南京召开2025年第一次理事会，";
    static final String BOLD = "审议通过了年度工作要点";
    static final String ITALIC = "Digital Jiangsu";
    static final String H1 = "会议主要内容";
    static final String H2 = "部署全年重点工作";
    static final String H_STYLE = "活动亮点";
    static final String LONG_NUMBERED = "会议强调，各会员单位要围绕数字经济发展大局，积极参与标准制定、人才培养和行业自律，推动全省信息技术产业高质量发展。";
    static final String INSERTED = "新增的一句话。";
    static final String DELETED = "删去的一句话。";
    static final String COMMENTED = "会议还听取了秘书处工作报告。";
    static final String FOOTNOTE = "数据来自省统计局2025年一季度报告。";
    static final String CAPTION = "图1 理事会现场";
    static final String TABLE_CAPTION = "表1 2025年一季度会员企业情况";
    static final String[] BULLETS = {"完善会员服务体系", "举办行业发展论坛"};
    /** The photo as stored: wider than high, red at its top-left; upright it is higher than wide, red top-right. */
    static final int PHOTO_W = 60;
    static final int PHOTO_H = 30;

    private MemberDocx() {
    }

    static Path write(Path file) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            styles(doc);
            BigInteger chinese = numbering(doc, "chineseCounting");
            BigInteger bullets = numbering(doc, "bullet");

            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, TITLE, "黑体", 22).setBold(true);
            run(doc.createParagraph(), "来源：江苏省信息技术协会　作者：张三", "楷体", 14);

            XWPFParagraph lede = doc.createParagraph();
            run(lede, LEDE, "宋体", 16);
            run(lede, BOLD, "宋体", 16).setBold(true);
            run(lede, "，并发布了", "宋体", 16);
            run(lede, ITALIC, "宋体", 16).setItalic(true);
            run(lede, "行动计划。", "宋体", 16);
            XWPFFootnote fn = doc.createFootnote();
            run(fn.createParagraph(), FOOTNOTE, "宋体", 10);
            lede.addFootnoteReference(fn);

            numbered(doc, chinese, 0, H1);
            numbered(doc, chinese, 1, H2);
            XWPFParagraph styled = doc.createParagraph();
            styled.setStyle("Heading2");
            run(styled, H_STYLE, "黑体", 16);
            run(doc.createParagraph(), LONG_NUMBERED, "宋体", 16);
            for (String b : BULLETS) {
                numbered(doc, bullets, 0, b);
            }

            tracked(doc);
            commented(doc);

            run(doc.createParagraph(), TABLE_CAPTION, "黑体", 12);
            table(doc);

            XWPFParagraph pic = doc.createParagraph();
            pic.setAlignment(ParagraphAlignment.CENTER);
            byte[] jpeg = rotatedPhoto();
            pic.createRun().addPicture(new ByteArrayInputStream(jpeg), Document.PICTURE_TYPE_JPEG, "photo.jpg",
                    Units.toEMU(PHOTO_W), Units.toEMU(PHOTO_H));
            XWPFParagraph cap = doc.createParagraph();
            cap.setAlignment(ParagraphAlignment.CENTER);
            run(cap, CAPTION, "楷体", 12);
            run(doc.createParagraph(), "（江苏省信息技术协会秘书处供稿）", "宋体", 16);
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
        return file;
    }

    static XWPFRun run(XWPFParagraph p, String text, String font, int size) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font);
        r.setFontSize(size);
        return r;
    }

    private static void numbered(XWPFDocument doc, BigInteger num, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(num);
        p.setNumILvl(BigInteger.valueOf(level));
        run(p, text, level == 0 ? "黑体" : "楷体", 16);
    }

    /** Heading 2 ("heading 2", outline level 1), as Word's built-in style. */
    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId("Heading2");
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal("heading 2");
        s.addNewPPr().addNewOutlineLvl().setVal(BigInteger.ONE);
        s.addNewRPr().addNewB();
        styles.addStyle(new XWPFStyle(s, styles));
    }

    /** A list definition: 一、 then （一） (Chinese counting), or ● bullets. */
    private static BigInteger numbering(XWPFDocument doc, String kind) {
        XWPFNumbering numbering = doc.getNumbering() != null ? doc.getNumbering() : doc.createNumbering();
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        BigInteger id = BigInteger.valueOf(numbering.getAbstractNums().size() + 1);
        abs.setAbstractNumId(id);
        for (int level = 0; level < 2; level++) {
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            if (kind.equals("bullet")) {
                lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
                lvl.addNewLvlText().setVal("●");
            } else {
                lvl.addNewNumFmt().setVal(STNumberFormat.CHINESE_COUNTING);
                lvl.addNewLvlText().setVal(level == 0 ? "%1、" : "（%2）");
            }
        }
        BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
        return numbering.addNum(absId);
    }

    /** A paragraph with a tracked insertion and a tracked deletion. */
    private static void tracked(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        run(p, "秘书长作了说明。", "宋体", 16);
        CTP ctp = p.getCTP();
        CTRunTrackChange ins = ctp.addNewIns();
        ins.setId(BigInteger.valueOf(101));
        ins.setAuthor("审稿人");
        ins.addNewR().addNewT().setStringValue(INSERTED);
        CTRunTrackChange del = ctp.addNewDel();
        del.setId(BigInteger.valueOf(102));
        del.setAuthor("审稿人");
        del.addNewR().addNewDelText().setStringValue(DELETED);
    }

    private static void commented(XWPFDocument doc) {
        XWPFComments comments = doc.createComments();
        XWPFComment c = comments.createComment(BigInteger.ZERO);
        c.setAuthor("编辑");
        c.createParagraph().createRun().setText("请核实");
        XWPFParagraph p = doc.createParagraph();
        p.getCTP().addNewCommentRangeStart().setId(BigInteger.ZERO);
        run(p, COMMENTED, "宋体", 16);
        p.getCTP().addNewCommentRangeEnd().setId(BigInteger.ZERO);
        CTR ref = p.getCTP().addNewR();
        ref.addNewCommentReference().setId(BigInteger.ZERO);
    }

    /**
     * 地区 | 企业数 | 收入（亿元） | 同比 (a repeating header row), then 苏南 over two rows (vMerge),
     * a "/" cell, and 合计 over two columns (gridSpan).
     */
    private static void table(XWPFDocument doc) {
        String[][] cells = {
            {"地区", "企业数", "收入（亿元）", "同比"},
            {"苏南", "南京", "1200", "8.5%"},
            {"", "苏州", "980", "/"},
            {"合计", "", "2180", "7.9%"},
        };
        XWPFTable t = doc.createTable(4, 4);
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                XWPFTableCell cell = t.getRow(r).getCell(c);
                cell.setText(cells[r][c]);
                cell.getParagraphs().get(0).setAlignment(ParagraphAlignment.CENTER);
            }
        }
        t.getRow(0).setRepeatHeader(true);
        tcPr(t, 1, 0).addNewVMerge().setVal(STMerge.RESTART);
        tcPr(t, 2, 0).addNewVMerge();
        tcPr(t, 3, 0).addNewGridSpan().setVal(BigInteger.TWO);
        t.getRow(3).removeCell(1);
    }

    private static CTTcPr tcPr(XWPFTable t, int row, int col) {
        var tc = t.getRow(row).getCell(col).getCTTc();
        return tc.isSetTcPr() ? tc.getTcPr() : tc.addNewTcPr();
    }

    /**
     * A JPEG stored 60×30, red in its top-left quarter and blue elsewhere, with EXIF orientation 6
     * ("turn 90° clockwise to view"), as a phone held upright writes it.
     */
    static byte[] rotatedPhoto() throws IOException {
        BufferedImage img = new BufferedImage(PHOTO_W, PHOTO_H, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < PHOTO_H; y++) {
            for (int x = 0; x < PHOTO_W; x++) {
                img.setRGB(x, y, x < PHOTO_W / 2 && y < PHOTO_H / 2 ? Color.RED.getRGB() : Color.BLUE.getRGB());
            }
        }
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", plain);
        return withOrientation(plain.toByteArray(), 6);
    }

    /** {@code jpeg} with an APP1 Exif segment (big-endian TIFF, IFD0 with one Orientation entry) after SOI. */
    static byte[] withOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0,
            0, 0, 0, 0};
        byte[] exif = new byte[6 + tiff.length];
        System.arraycopy("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, exif, 0, 6);
        System.arraycopy(tiff, 0, exif, 6, tiff.length);
        int len = exif.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(len >> 8);
        out.write(len & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
