package org.jianbao.frame;

import java.time.LocalDate;

/** Document information: title, author, subject, keywords, language tag and the issue date. */
public record Metadata(String title, String author, String subject, String keywords, String lang, LocalDate date) {
}
