package org.jianbao.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The size and modification time of each of some files (that a file is missing, too): compared
 * later, they show a change that no watch event reported.
 */
record Stamps(Map<Path, Stamp> byFile) {

    /** A file's size and modification time; a missing file has size -1 and no time. */
    record Stamp(long size, FileTime modified) {
    }

    Stamps {
        byFile = Map.copyOf(byFile);
    }

    /** The stamps of {@code files} now. */
    static Stamps of(Collection<Path> files) {
        Map<Path, Stamp> s = new HashMap<>();
        for (Path f : files) {
            try {
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                s.put(f, new Stamp(a.size(), a.lastModifiedTime()));
            } catch (IOException e) {
                s.put(f, new Stamp(-1, null));
            }
        }
        return new Stamps(s);
    }

    /** These stamps, but those of {@code before} for the files both hold: a change since then still shows. */
    Stamps since(Stamps before) {
        Map<Path, Stamp> s = new HashMap<>(byFile);
        before.byFile.forEach(s::replace);
        return new Stamps(s);
    }
}
