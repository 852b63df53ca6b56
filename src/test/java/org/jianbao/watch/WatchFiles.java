package org.jianbao.watch;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jianbao.TestIssues;

/**
 * A small issue made of several files, for the watch tests: {@code issue.json} naming
 * {@code profiles/test.json}, an article whose body is {@code articles/a.md} (which shows
 * {@code images/a.png}), and an article with the picture {@code images/b.png}.
 */
final class WatchFiles {
    static final String ISSUE = """
            { "profile": "profiles/test.json", "year": 2024, "number": 1, "total": 1, "date": "2024-01-31",
              "sections": [ { "name": "测试", "articles": [
                { "title": "甲文", "markdownFile": "articles/a.md" },
                { "title": "乙文", "body": [ { "type": "paragraph", "text": "乙文正文。" },
                                            { "type": "image", "src": "images/b.png", "caption": "图1 乙" } ] } ] } ] }
            """;

    private WatchFiles() {
    }

    /** Writes the issue and its files into {@code dir}; returns the issue. */
    static Path write(Path dir) throws IOException {
        TestIssues.issue(dir, "[]");   // the profile
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("articles/a.md"), "甲文正文。\n\n![图1 甲](../images/a.png)\n");
        picture(dir.resolve("images/a.png"), Color.RED);
        picture(dir.resolve("images/b.png"), Color.BLUE);
        return Files.writeString(dir.resolve("issue.json"), ISSUE);
    }

    /** A 120 × 80 picture of one colour. */
    static void picture(Path file, Color color) throws IOException {
        Files.createDirectories(file.getParent());
        BufferedImage img = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 120, 80);
        g.dispose();
        ImageIO.write(img, "png", file.toFile());
    }
}
