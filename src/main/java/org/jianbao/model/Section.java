package org.jianbao.model;

import java.util.List;

/** A section of the issue (协会动态, 行业资讯 …) with its articles. */
public record Section(String name, Lang lang, List<Article> articles) {
}
