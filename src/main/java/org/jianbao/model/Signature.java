package org.jianbao.model;

import java.time.LocalDate;

/** The 落款: the signing body and the date, set to the right (GB/T 9704-2012 §7.3.5). */
public record Signature(String signer, LocalDate date) implements Block {

    /** The date as GB/T 9704 writes it: 2024年7月11日, no leading zeros. */
    public String dateText() {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
