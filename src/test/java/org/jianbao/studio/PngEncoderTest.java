package org.jianbao.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** The preview's own PNG writer gives back every pixel (ISO/IEC 15948 as Java's reader reads it). */
class PngEncoderTest {
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_3BYTE_BGR})
    void everyPixelComesBack(int type) throws IOException {
        BufferedImage img = new BufferedImage(211, 97, type);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 211, 97);
        g.setColor(new Color(0xE6, 0x00, 0x12));
        g.drawString("简报 2024", 10, 50);
        g.setColor(new Color(12, 200, 77));
        g.fillOval(120, 10, 80, 70);
        g.dispose();
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(img)));
        assertEquals(211, back.getWidth());
        assertEquals(97, back.getHeight());
        for (int y = 0; y < 97; y++) {
            for (int x = 0; x < 211; x++) {
                assertEquals(img.getRGB(x, y) & 0xFFFFFF, back.getRGB(x, y) & 0xFFFFFF, "pixel " + x + "," + y);
            }
        }
    }
}
