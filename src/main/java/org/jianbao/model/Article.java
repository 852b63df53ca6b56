package org.jianbao.model;

import java.util.List;

/** An article: title, optional source/author/byline lines, and the body blocks. */
public record Article(String title, String source, String author, String byline, Lang lang, List<Block> body) {
}
