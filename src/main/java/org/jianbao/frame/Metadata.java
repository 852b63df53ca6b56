package org.jianbao.frame;

import java.time.LocalDate;

/**
 * Document information: title, author, subject, keywords, language tag, the issue date (which
 * stands for the creation date, so that the same issue always gives the same file), and whether
 * the file is to be PDF/A-2b.
 */
public record Metadata(String title, String author, String subject, String keywords, String lang, LocalDate date,
                       boolean pdfa) {

    /** The language tag a PDF uses for text of {@code lang}: zh-CN or zh-TW. */
    public static String langTag(org.jianbao.model.Lang lang) {
        return lang == org.jianbao.model.Lang.HANT ? "zh-TW" : "zh-CN";
    }
}
