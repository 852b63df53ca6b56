package org.jianbao.unit;

import java.util.Optional;

/**
 * Chinese type sizes (字号) in points, with the values Word, WPS and ctex use
 * (ctex-fontsize.def; docs/typography.md §1.5). clreq lists older values (三号 15.75), which the
 * profile may give as plain points instead.
 */
public enum ChineseSize {
    初号(42), 小初(36), 一号(26), 小一(24), 二号(22), 小二(18), 三号(16), 小三(15),
    四号(14), 小四(12), 五号(10.5), 小五(9), 六号(7.5), 小六(6.5), 七号(5.5), 八号(5);

    private final double points;

    ChineseSize(double points) {
        this.points = points;
    }

    public double points() {
        return points;
    }

    /** The size called {@code name} ("小四"), if there is one. */
    public static Optional<ChineseSize> named(String name) {
        for (ChineseSize s : values()) {
            if (s.name().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
