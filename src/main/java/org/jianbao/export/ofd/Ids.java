package org.jianbao.export.ofd;

/**
 * Object identifiers: 1, 2, 3 … in the order things are written, unique in the document as
 * GB/T 33190-2016 表 2 (ST_ID) requires; the last one given becomes Document.xml's MaxUnitID
 * (表 6). Counting, not random numbers, keeps the bytes the same from one run to the next.
 */
final class Ids {
    private long last;

    long next() {
        return ++last;
    }

    long last() {
        return last;
    }
}
