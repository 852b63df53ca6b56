package org.jianbao.model;

import java.util.List;

/** One 版记 line: a label (报, 送, 发) and its recipients, set joined with 、. */
public record Distribution(String label, List<String> recipients) {
}
