package org.jianbao.page;

/** Names of the places whose pages the typesetter records. */
final class Marks {
    private Marks() {
    }

    static String section(int s) {
        return "section " + s;
    }

    static String article(int s, int a) {
        return "article " + s + "." + a;
    }
}
