package org.jianbao.export.ofd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** DeltaX values (GB/T 33190-2016 §11.3): the compact {@code g N D} form exactly where it is shorter. */
class DeltaXTest {

    @Test
    void equalGapsOfAJustifiedLineBecomeOneRepeat() {
        assertEquals("g 5 5.6444", DeltaX.of(new double[] {5.64444, 5.64444, 5.64444, 5.64444, 5.64444}));
    }

    @Test
    void twoEqualShortGapsAreWrittenOut() {
        // "g 2 2" would be longer than "2 2"
        assertEquals("2 2 3", DeltaX.of(new double[] {2, 2, 3}));
    }

    @Test
    void repeatsAndSingleGapsMix() {
        assertEquals("2.0669 2.0632 g 3 3.7042 1.5", DeltaX.of(new double[] {2.0669, 2.0632, 3.7042, 3.7042, 3.7042, 1.5}));
    }

    @Test
    void gapsEqualToATenThousandthOfAMillimetreCountAsEqual() {
        assertEquals("g 3 4.9389", DeltaX.of(new double[] {4.93889, 4.93891, 4.938894}));
    }

    @Test
    void noGapsGiveAnEmptyValue() {
        assertEquals("", DeltaX.of(new double[0]));
    }

    @Test
    void millimetresAreWrittenWithoutTrailingZerosOrMinusZero() {
        assertEquals("0", Mm.number(-0.0001, 3));
        assertEquals("210", Mm.number(Mm.of(595.2756), 3));
        assertEquals("-1.05", Mm.number(-1.0500, 3));
        assertEquals("0.007", Mm.number(0.007, 3));
    }
}
