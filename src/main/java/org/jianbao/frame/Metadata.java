package org.jianbao.frame;

import java.time.LocalDate;

/**
 * Document information: title, author, subject, keywords, language tag, and the issue date (which
 * stands for the creation date, so that the same issue always gives the same file).
 */
public record Metadata(String title, String author, String subject, String keywords, String lang, LocalDate date) {

    /** The language tag a PDF uses for text of {@code lang}: zh-CN or zh-TW. */
    public static String langTag(org.jianbao.model.Lang lang) {
        return lang == org.jianbao.model.Lang.HANT ? "zh-TW" : "zh-CN";
    }
}
