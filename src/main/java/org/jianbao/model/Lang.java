package org.jianbao.model;

/** Written form of Chinese: Simplified (Mainland) or Traditional (Taiwan, Hong Kong). */
public enum Lang {
    HANS("zh-Hans"), HANT("zh-Hant");

    private final String tag;

    Lang(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, e.g. {@code zh-Hans}. */
    public String tag() {
        return tag;
    }
}
