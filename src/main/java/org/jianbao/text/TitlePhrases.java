package org.jianbao.text;

import java.util.Set;

/**
 * Where a title may best be broken between two words (GB/T 9704-2012 §7.3.1: 回行时要做到词意完整):
 * ICU's dictionary gives the words, and these few word lists tell a phrase boundary from a break
 * inside a name. A line may well begin with a word that opens a phrase (与、关于、对) or end with one
 * that closes a name or a phrase (协会、公司、的); it should not begin with a suffix that belongs to
 * the word before it (化、性、协会 after 行业). Titles of bulletins are mostly "organisation + verb +
 * object + 的通知": these lists cover their common joints; anything else is a plain word boundary.
 */
public final class TitlePhrases {
    /** Words that open a phrase: conjunctions and prepositions. */
    private static final Set<String> OPENERS = Set.of("与", "和", "及", "暨", "并", "同", "跟", "对", "在", "向", "为",
            "从", "由", "把", "将", "关于", "以及", "而", "或", "就", "推动", "开展", "召开", "举办", "印发", "发布",
            "公布", "转发", "签署");
    /** Words that close a phrase: particles. */
    private static final Set<String> CLOSERS = Set.of("的", "之", "等", "了", "年度");
    /** Endings of the names of organisations and of official titles: a name ends after them. */
    private static final String[] NAME_ENDS = {"协会", "学会", "公司", "集团", "大学", "学院", "政府", "办公厅", "委员会",
        "中心", "研究院", "研究所", "实验室", "联盟", "分会", "银行", "医院", "局", "厅", "部", "委", "办"};
    /** Single characters that make a word of the word before them (数字化, 安全性, 工作者). */
    private static final String SUFFIXES = "化性者员式型率类界级";

    private TitlePhrases() {
    }

    /** How good a joint between {@code before} and {@code after} is for a line break. */
    public enum Joint { OPENS, CLOSES, PLAIN, INSIDE }

    public static Joint joint(String before, String after) {
        if (after.length() == 1 && SUFFIXES.contains(after) || endsName(after) && !endsName(before)) {
            return Joint.INSIDE;
        }
        if (OPENERS.contains(after)) {
            return Joint.OPENS;
        }
        if (CLOSERS.contains(before) || endsName(before)) {
            return Joint.CLOSES;
        }
        return Joint.PLAIN;
    }

    private static boolean endsName(String word) {
        for (String e : NAME_ENDS) {
            if (word.endsWith(e) && (word.length() > e.length() || e.length() >= 2)) {
                return true;
            }
        }
        return false;
    }
}
