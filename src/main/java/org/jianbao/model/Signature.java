package org.jianbao.model;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The 落款: the signing body and the date, set to the right (GB/T 9704-2012 §7.3.5), and
 * optionally a picture of the seal pressed over them.
 *
 * @param seal     a picture of the seal (a PNG with transparency), or null: a picture, not an
 *                 electronic seal (GB/T 38540 needs a certified device)
 * @param sealSize the seal's diameter in points
 */
public record Signature(String signer, LocalDate date, Path seal, double sealSize) implements Block {

    /** A 落款 without a seal. */
    public Signature(String signer, LocalDate date) {
        this(signer, date, null, 0);
    }

    /** The date as GB/T 9704 writes it: 2024年7月11日, no leading zeros. */
    public String dateText() {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
