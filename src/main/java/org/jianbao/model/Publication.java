package org.jianbao.model;

import java.util.List;
import java.util.Map;

/**
 * A publication profile: everything that stays the same from issue to issue.
 *
 * @param fonts font roles: role name → family names tried in order for each character
 * @param pdfa  whether the PDF is to be PDF/A-2b (archival), the default
 * @param numbering a reference issue for checking cumulative numbers, or null
 * @param supplementLine the issue-line pattern of a 增刊 (supplement)
 * @param normalise what reading does with ASCII punctuation in Chinese text and the like
 * @param delivery  duplex printing, marks, the red ink
 */
public record Publication(String name, Masthead masthead, String issueLine, String supplementLine, String editor,
                          String dateFormat,
                          List<String> sections, boolean contents, String contentsTitle,
                          List<Distribution> distribution, Integer copies, Colophon colophon,
                          Map<String, List<String>> fonts, Geometry page, StyleSheet styles,
                          PunctuationStyle punctuation, ProhibitionLevel prohibition, Lang lang, boolean pdfa,
                          Numbering numbering, Normalise normalise, Delivery delivery) {

    /**
     * A known issue (year, number, cumulative number) and how many issues a year appear: the
     * cumulative number of any other issue follows from it.
     */
    public record Numbering(int year, int number, int total, int perYear) {

        /** The cumulative number that issue {@code number} of {@code year} should have. */
        public int expectedTotal(int y, int n) {
            return total + (y - year) * perYear + (n - number);
        }
    }
}
