package org.jianbao.export.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import org.junit.jupiter.api.Test;

/** The output intent's compact sRGB profile is a valid display profile giving sRGB's colours. */
class SrgbProfileTest {
    private static final ICC_Profile OURS = ICC_Profile.getInstance(SrgbProfile.bytes());

    @Test
    void profileIsAnRgbDisplayProfileOfVersionTwo() {
        assertEquals(ICC_Profile.CLASS_DISPLAY, OURS.getProfileClass());
        assertEquals(ColorSpace.TYPE_RGB, OURS.getColorSpaceType());
        assertEquals(ColorSpace.TYPE_XYZ, OURS.getPCSType());
        assertEquals(2, OURS.getMajorVersion());
        assertEquals(SrgbProfile.bytes().length, OURS.getData().length, "the header's size is the profile's");
    }

    @Test
    void profileIsSmallerThanAKilobyte() {
        assertEquals(true, SrgbProfile.bytes().length < 1024, "size " + SrgbProfile.bytes().length);
    }

    @Test
    void colourFromTheProfileMatchesTheJdkSrgbProfile() {
        ColorSpace ours = new ICC_ColorSpace(OURS);
        ColorSpace jdk = ColorSpace.getInstance(ColorSpace.CS_sRGB);
        float[][] samples = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0.5f, 0.5f, 0.5f}, {0.8f, 0.1f, 0.1f}, {0.02f, 0.03f, 0.9f}};
        for (float[] rgb : samples) {
            float[] a = ours.toCIEXYZ(rgb);
            float[] b = jdk.toCIEXYZ(rgb);
            assertArrayEquals(b, a, 0.005f, "XYZ of " + java.util.Arrays.toString(rgb));
        }
    }
}
