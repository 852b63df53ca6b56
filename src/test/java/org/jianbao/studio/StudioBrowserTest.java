package org.jianbao.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * The studio in a real browser, as a secretariat member uses it: next month's issue from the last
 * one, an article typed in (with ASCII punctuation, as people type), a picture uploaded, a table
 * pasted from a spreadsheet, the preview following every edit, and the PDF downloaded and read
 * back. Screenshots of each page go to target/studio-screenshots/.
 */
class StudioBrowserTest {
    private static final String TITLE = "协会召开第三次会员大会,审议通过三项决议";
    private static final String BODY = "7月10日,协会在杭州召开第三次会员大会(线上线下结合).会议审议通过了年度工作报告;";
    private static final String TSV = "项目\t数量\t同比\n会员单位\t126\t+8%\n理事单位\t35\t+2\n";

    @TempDir
    Path tmp;

    @Test
    void aSecretaryMakesNextMonthsIssueAndDownloadsItsPdf() throws Exception {
        try (StudioFixture s = StudioFixture.samples(tmp); Browser b = Browser.start(tmp)) {
            b.driver.get(s.studio.address().toString());
            b.find("tr[data-id='zhejiang-2020-07.json']");
            b.shot("01-issues");

            // the routine's "new issue from this one"
            b.click(b.button("tr[data-id='zhejiang-2020-07.json']", "新建下一期"));
            b.until(d -> d.getCurrentUrl().contains("zhejiang-2020-08.json") ? true : null);
            b.find(".findings");
            assertEquals("8", b.find("[data-path='$.number']").getDomProperty("value"), "number + 1");
            assertEquals("2020-08-31", b.find("[data-path='$.date']").getDomProperty("value"), "last day stays last day");
            b.shot("02-new-issue");

            // keep the first section only
            while (b.driver.findElements(By.cssSelector("section.section-card")).size() > 1) {
                int before = b.driver.findElements(By.cssSelector("section.section-card")).size();
                b.click(b.button("section.section-card:last-of-type", "删除栏目"));
                b.until(d -> d.findElements(By.cssSelector("section.section-card")).size() < before ? true : null);
            }
            b.click(b.button("section.section-card", "＋ 添加文章"));
            b.until(d -> d.getCurrentUrl().contains("#/article") ? true : null);

            // typing, with ASCII punctuation as people type it
            b.find("[data-path='$.sections[0].articles[0].title']").sendKeys(TITLE);
            b.find("[data-path='$.sections[0].articles[0].source']").sendKeys("协会秘书处");
            b.find("[data-path='$.sections[0].articles[0].body[0]']").sendKeys(BODY);
            b.saved();
            String firstPage = pageHash(b, 1);

            // a picture, uploaded
            Path photo = picture(tmp.resolve("会员大会.png"));
            b.driver.findElement(By.cssSelector("input[aria-label='上传图片']")).sendKeys(photo.toString());
            b.find(".block.kind-image img");
            b.find(".block.kind-image [data-path$='.caption']").sendKeys("会员大会现场");
            b.saved();
            String withPicture = pageHash(b, 1);
            assertNotEquals(firstPage, withPicture, "the preview shows the picture");
            assertTrue(Files.list(s.workspace.resolve("images")).anyMatch(p -> p.getFileName().toString()
                    .matches("会员大会-[0-9a-f]{8}\\.png")), "the picture is kept in the workspace's images/");

            // a table, pasted from a spreadsheet
            b.click(b.button(".toolbar", "表格"));
            WebElement zone = b.find(".block.kind-table .paste-zone textarea");
            b.js("const dt = new DataTransfer(); dt.setData('text/plain', arguments[1]);"
                    + "arguments[0].dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));",
                    zone, TSV);
            b.until(d -> d.findElements(By.cssSelector(".block.kind-table table.grid tr")).size() == 3 ? true : null);
            assertEquals("126", b.find(".block.kind-table table.grid tr:nth-child(2) td:nth-child(2) textarea")
                    .getDomProperty("value"));
            b.saved();
            b.until(d -> !pageHash(b, pageCount(b)).equals(withPicture) || pageCount(b) > 1 ? true : null);
            b.shot("03-article");

            // the issue page: sections and articles, and the preview beside them
            b.click(b.button(".page-head", "← 回到本期"));
            b.find("ol.articles li");
            b.shot("04-issue");

            // the PDF, downloaded and read back
            b.click(b.find(".preview a.button[download]"));
            Path pdf = b.until(d -> downloaded(b.downloads));
            String text;
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            }
            for (String expected : List.of("协会召开第三次会员大会", "审议通过三项决议", "7月10日", "协会在杭州召开第三次会员大会",
                    "线上线下结合", "会员大会现场", "会员单位", "126", "理事单位", "35", "2020年第【08】期")) {
                assertTrue(text.contains(expected), "the PDF holds \"" + expected + "\"");
            }

            // the publication page, with its masthead drawn by the typesetter
            b.driver.get(s.origin() + "/#/publication?id=profiles%2Fzhejiang.json");
            b.until(d -> {
                WebElement img = d.findElement(By.cssSelector(".masthead-preview img"));
                return img.getDomProperty("naturalWidth") != null && !"0".equals(img.getDomProperty("naturalWidth")) ? img : null;
            });
            b.shot("05-publication");

            // a sample issue's article beside its pages, for the README
            b.driver.get(s.origin() + "/#/article?id=zhejiang-2020-07.json&s=0&a=0");
            b.find("[data-path='$.sections[0].articles[0].title']");
            b.until(d -> {
                List<WebElement> imgs = d.findElements(By.cssSelector(".preview .pages img"));
                return !imgs.isEmpty() && !"0".equals(imgs.get(0).getDomProperty("naturalWidth")) ? true : null;
            });
            b.js("document.getElementById('toasts').replaceChildren();");
            b.shot("07-sample-article");
            assertEquals(List.of(), b.faults(), "no script error and nothing refused by the Content-Security-Policy");
        }
    }

    @Test
    void aTitleWithScriptTagsShowsAsTextAndRunsNothing() throws Exception {
        try (StudioFixture s = StudioFixture.samples(tmp); Browser b = Browser.start(tmp)) {
            b.driver.get(s.studio.address().toString());
            b.driver.get(s.origin() + "/#/article?id=tianjin-2023-06.json&s=0&a=0");
            WebElement title = b.find("[data-path='$.sections[0].articles[0].title']");
            title.clear();
            String evil = "<script>alert(1)</script><img src=x onerror=alert(2)>";
            title.sendKeys(evil);
            b.saved();
            assertEquals(evil, b.find("h1.article-heading").getText(), "the heading shows the title as text");
            b.driver.get(s.origin() + "/#/issues");
            b.find("tr[data-id='tianjin-2023-06.json']");
            b.driver.get(s.origin() + "/#/issue?id=tianjin-2023-06.json");
            assertEquals(evil, b.find("ol.articles li .article-title a").getText(), "the list shows it as text");
            assertTrue(b.driver.findElements(By.cssSelector("main img[src='x'], main script")).isEmpty(), "no element made from it");
            try {
                b.driver.switchTo().alert();
                throw new AssertionError("a script from the title ran");
            } catch (NoAlertPresentException expected) {
                // nothing ran
            }
            assertEquals(List.of(), b.faults(), "nothing refused so far: the page itself needs no exception to the policy");
            // and the policy is in force: an inline script put into the page is refused
            b.js("window.ran = false; const s = document.createElement('script'); s.textContent = 'window.ran = true';"
                    + "document.body.append(s);");
            assertEquals(false, b.js("return window.ran;"), "the Content-Security-Policy refuses inline script");
            assertTrue(b.faults().stream().anyMatch(m -> m.contains("Content Security Policy")), "and the browser says so");
        }
    }

    @Test
    void aSecondTabIsToldOfTheOtherChangeInsteadOfOverwritingIt() throws Exception {
        try (StudioFixture s = StudioFixture.samples(tmp); Browser b = Browser.start(tmp)) {
            b.driver.get(s.studio.address().toString());
            b.driver.get(s.origin() + "/#/issue?id=tianjin-2021-08.json");
            WebElement total = b.find("[data-path='$.total']");
            // meanwhile another tab saves the same issue
            String version = s.get("/api/issue?id=tianjin-2021-08.json").headers().firstValue("ETag").orElseThrow();
            String json = Files.readString(s.workspace.resolve("tianjin-2021-08.json")).replace("\"total\": 30", "\"total\": 31");
            var put = s.send(s.request("/api/issue?id=tianjin-2021-08.json").header("If-Match", version)
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"data\":" + json + "}")).build());
            assertEquals(200, put.statusCode(), put.body());
            total.sendKeys("9");
            WebElement banner = b.find("#banner");
            assertTrue(banner.getText().contains("已在别处修改过"), banner.getText());
            assertEquals("conflict", b.find("#save-state").getAttribute("data-state"));
            assertTrue(Files.readString(s.workspace.resolve("tianjin-2021-08.json")).contains("\"total\": 31"),
                    "the other tab's change is still on disk");
            b.shot("06-conflict");
            b.click(b.button("#banner", "重新载入（放弃这里未保存的修改）"));
            b.until(d -> "31".equals(d.findElement(By.cssSelector("[data-path='$.total']")).getDomProperty("value")) ? true : null);
            assertFalse(b.driver.findElement(By.id("banner")).isDisplayed(), "the banner goes once the file is reloaded");
            assertTrue(Files.readString(s.workspace.resolve("tianjin-2021-08.json")).contains("\"total\": 31"),
                    "reloading wrote nothing");
        }
    }

    @Test
    void articlesAreReorderedByDraggingByButtonsAndMovedToAnotherSection() throws Exception {
        try (StudioFixture s = StudioFixture.samples(tmp); Browser b = Browser.start(tmp)) {
            String id = "tianjin-2021-08.json";
            List<String> before = titles(s, id, 0);
            b.driver.get(s.studio.address().toString());
            b.driver.get(s.origin() + "/#/issue?id=" + id);
            b.find("section.section-card ol.articles li");
            // drag the first article below the third: the page's drag events dispatched as the browser fires them
            // (WebDriver cannot drive the browser's own HTML5 drag and drop)
            b.js("const [src, , dst] = document.querySelectorAll('section.section-card[data-section=\"0\"] ol.articles li');"
                    + "const dt = new DataTransfer(); const r = dst.getBoundingClientRect();"
                    + "const at = {dataTransfer: dt, bubbles: true, cancelable: true, clientX: r.left + 20, clientY: r.bottom - 3};"
                    + "src.dispatchEvent(new DragEvent('dragstart', {dataTransfer: dt, bubbles: true}));"
                    + "dst.dispatchEvent(new DragEvent('dragover', at)); dst.dispatchEvent(new DragEvent('drop', at));"
                    + "src.dispatchEvent(new DragEvent('dragend', {dataTransfer: dt, bubbles: true}));");
            b.saved();
            assertEquals(List.of(before.get(1), before.get(2), before.get(0), before.get(3)), titles(s, id, 0).subList(0, 4),
                    "dropped on the lower half of the third: after it");
            // the same with the keyboard: ↑ on the (new) third article
            b.click(b.driver.findElements(By.cssSelector("section.section-card[data-section=\"0\"] ol.articles li")).get(2)
                    .findElement(By.cssSelector("button[aria-label='上移']")));
            b.saved();
            assertEquals(List.of(before.get(1), before.get(0), before.get(2)), titles(s, id, 0).subList(0, 3));
            // moved to the second section
            int second = titles(s, id, 1).size();
            WebElement mover = b.driver.findElements(By.cssSelector("section.section-card[data-section=\"0\"] ol.articles li")).get(0)
                    .findElement(By.cssSelector("select"));
            b.js("arguments[0].scrollIntoView({block: 'center'});", mover);
            new org.openqa.selenium.support.ui.Select(mover).selectByIndex(1);
            b.saved();
            List<String> target = titles(s, id, 1);
            assertEquals(second + 1, target.size());
            assertEquals(before.get(1), target.get(target.size() - 1), "appended to the other section");
            b.shot("08-issue-arranged");
        }
    }

    @Test
    void everyBlockKindOfTheToolbarIsWrittenAsTheFormatSaysAndCellsMerge() throws Exception {
        try (StudioFixture s = StudioFixture.samples(tmp); Browser b = Browser.start(tmp)) {
            String id = "tianjin-2021-08.json";
            b.driver.get(s.studio.address().toString());
            b.driver.get(s.origin() + "/#/article?id=" + id + "&s=0&a=0");
            b.find("[data-path='$.sections[0].articles[0].body[0]']").click();
            for (String tool : List.of("一、", "（一）", "1.", "（1）", "列表", "引文", "注", "主送", "附件", "落款", "表格")) {
                int blocks = b.driver.findElements(By.cssSelector(".block")).size();
                b.click(b.button(".toolbar", tool));
                b.until(d -> d.findElements(By.cssSelector(".block")).size() == blocks + 1 ? true : null);
            }
            b.find("[data-path='$.sections[0].articles[0].body[8].text']").sendKeys("各会员单位：");
            // merge the first two header cells of the new table: click one, Shift+click the other
            List<WebElement> cells = b.driver.findElements(By.cssSelector(".block.kind-table table.grid tr:first-child td"));
            b.click(cells.get(0).findElement(By.tagName("textarea")));
            new org.openqa.selenium.interactions.Actions(b.driver).keyDown(org.openqa.selenium.Keys.SHIFT).click(cells.get(1))
                    .keyUp(org.openqa.selenium.Keys.SHIFT).perform();
            b.click(b.button(".block.kind-table .grid-tools", "合并单元格"));
            b.until(d -> "2".equals(d.findElement(By.cssSelector(".block.kind-table table.grid tr:first-child td"))
                    .getAttribute("colspan")) ? true : null);
            b.saved();
            JsonNodeView body = new JsonNodeView(ApiTest.json(s.get("/api/issue?id=" + id)).path("data").path("sections")
                    .get(0).path("articles").get(0).path("body"));
            assertTrue(body.at(0).isTextual(), "the paragraph stays a plain string");
            assertEquals("heading1", body.kind(1));
            assertEquals("heading2", body.kind(2));
            assertEquals("heading3", body.kind(3));
            assertEquals("heading4", body.kind(4));
            assertEquals("list", body.kind(5));
            assertEquals("quote", body.kind(6));
            assertEquals("note", body.kind(7));
            assertEquals("addressee", body.kind(8), "主送 is the format's addressee block, set flush left");
            assertEquals("各会员单位：", body.at(8).path("text").asText());
            assertEquals("attachments", body.kind(9));
            assertEquals("signature", body.kind(10));
            assertEquals("table", body.kind(11));
            assertEquals(2, body.at(11).path("header").get(0).get(0).path("colspan").asInt(), body.at(11).toString());
            assertEquals(2, body.at(11).path("header").get(0).size(), "the covered cell is left out");
            assertEquals(3, body.at(11).path("columns").size());
            b.shot("09-blocks");
        }
    }

    /** A body read back: each block's kind as the format names it (heading1 … for headings). */
    private record JsonNodeView(com.fasterxml.jackson.databind.JsonNode body) {
        com.fasterxml.jackson.databind.JsonNode at(int i) {
            return body.get(i);
        }

        String kind(int i) {
            var b = body.get(i);
            String type = b.path("type").asText();
            return type.equals("heading") ? "heading" + b.path("level").asInt() : type;
        }
    }

    private static List<String> titles(StudioFixture s, String id, int section) {
        List<String> out = new java.util.ArrayList<>();
        for (var a : ApiTest.json(s.get("/api/issue?id=" + id)).path("data").path("sections").get(section).path("articles")) {
            out.add(a.path("title").asText());
        }
        return out;
    }

    private static String pageHash(Browser b, int page) {
        return b.until(d -> {
            List<WebElement> f = d.findElements(By.cssSelector(".preview .pages figure"));
            return f.size() >= page ? f.get(page - 1).getAttribute("data-hash") : null;
        });
    }

    private static int pageCount(Browser b) {
        return b.driver.findElements(By.cssSelector(".preview .pages figure")).size();
    }

    private static Path downloaded(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".pdf")).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** A small drawn picture: a red band and a grey block on white. */
    static Path picture(Path file) throws IOException {
        BufferedImage img = new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 900, 600);
        g.setColor(new Color(0xE6, 0x00, 0x12));
        g.fillRect(0, 0, 900, 120);
        g.setColor(new Color(0x88, 0x99, 0xAA));
        g.fillRect(120, 220, 660, 300);
        g.dispose();
        ImageIO.write(img, "png", file.toFile());
        return file;
    }
}
