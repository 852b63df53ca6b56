package org.jianbao.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One issue of a publication.
 *
 * @param source     the descriptor file it was read from
 * @param origins    where each article and block was written (by identity), for locating layout problems
 * @param supplement a 增刊: numbered in its own series, its issue line from the profile's supplement pattern
 */
public record Issue(Path source, Publication publication, int year, int number, int total, LocalDate date,
                    Lang lang, List<Section> sections, java.util.Map<Object, Origin> origins, boolean supplement) {

    /** Where {@code part} (an article or a block) was written, or the descriptor itself when unknown. */
    public Origin origin(Object part) {
        Origin o = origins == null ? null : origins.get(part);
        return o != null ? o : new Origin(source, 0, 0, "");
    }

    /**
     * The issue line, e.g. {@code 2020年第【07】期（总第113期）}, from the profile's pattern (for a 增刊,
     * its supplement pattern: {@code 2020年增刊第1期}).
     */
    public String issueLine() {
        return Patterns.fill(supplement ? publication.supplementLine() : publication.issueLine(), "year", year,
                "number", number, "total", total);
    }

    /** The issue date in the profile's date format, e.g. {@code 2020年07月31日}. */
    public String dateLine() {
        return Patterns.fill(publication.dateFormat(), "year", date.getYear(), "month", date.getMonthValue(),
                "day", date.getDayOfMonth());
    }
}
