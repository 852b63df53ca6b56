package org.jianbao.export.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The CMYK output profile of press PDFs (ISO 19005-2 §6.2.4.3 needs one for DeviceCMYK): a printer
 * profile the JDK's colour engine accepts, that prints no ink as paper white and 0/100/100/0 as red,
 * the same bytes every time.
 */
class CmykProfileTest {
    @Test
    void itIsAPrinterProfileOfCmykThatTheColourEngineUses() {
        ICC_Profile p = ICC_Profile.getInstance(CmykProfile.bytes());
        assertEquals(ColorSpace.TYPE_CMYK, p.getColorSpaceType());
        assertEquals(ICC_Profile.CLASS_OUTPUT, p.getProfileClass());
        ICC_ColorSpace cs = new ICC_ColorSpace(p);
        float[] red = cs.toRGB(new float[] {0, 1, 1, 0});
        assertTrue(red[0] > 0.8 && red[1] < 0.3 && red[2] < 0.3, "0/100/100/0 is red: " + Arrays.toString(red));
        float[] white = cs.toRGB(new float[] {0, 0, 0, 0});
        assertTrue(white[0] > 0.9 && white[1] > 0.9 && white[2] > 0.9, "no ink is white: " + Arrays.toString(white));
        float[] black = cs.toRGB(new float[] {0, 0, 0, 1});
        assertTrue(black[0] < 0.15 && black[1] < 0.15 && black[2] < 0.15, "black ink is black: " + Arrays.toString(black));
    }

    @Test
    void itIsTheSameEveryTimeAndSmall() {
        assertArrayEquals(CmykProfile.bytes(), CmykProfile.bytes());
        assertTrue(CmykProfile.bytes().length < 12_000, CmykProfile.bytes().length + " bytes");
    }
}
