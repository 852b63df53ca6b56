package org.jianbao.font;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The faces of a set of font folders, by full name. A folder is scanned once per process; a face
 * is parsed the first time it is asked for.
 */
public final class FontLibrary {
    private static final Map<Path, FontLibrary> FOLDERS = new ConcurrentHashMap<>();

    private final Map<String, Entry> byName = new TreeMap<>();
    private final Map<String, Face> loaded = new ConcurrentHashMap<>();

    private record Entry(SfntFile file, int index) {
    }

    private FontLibrary() {
    }

    /** The library of one folder (.otf, .ttf, .ttc files), shared by every caller in the process. */
    public static FontLibrary of(Path folder) throws IOException {
        Path key = folder.toAbsolutePath().normalize();
        FontLibrary lib = FOLDERS.get(key);
        if (lib == null) {
            lib = new FontLibrary();
            lib.scan(key);
            FOLDERS.putIfAbsent(key, lib);
            lib = FOLDERS.get(key);
        }
        return lib;
    }

    private void scan(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("font folder " + folder + " does not exist");
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
            for (Path p : ds) {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (n.endsWith(".otf") || n.endsWith(".ttf") || n.endsWith(".ttc")) {
                    files.add(p);
                }
            }
        }
        Collections.sort(files);
        for (Path p : files) {
            SfntFile file = SfntFile.open(p);
            for (int i = 0; i < file.faceCount(); i++) {
                String name = new NameTable(file.directory(i).table(NameTable.TAG)).fullName;
                if (name != null) {
                    byName.putIfAbsent(name, new Entry(file, i));
                }
            }
        }
    }

    /** The face whose full name is {@code name}, parsed on first use. */
    public Optional<Face> face(String name) {
        Entry e = byName.get(name);
        if (e == null) {
            return Optional.empty();
        }
        return Optional.of(loaded.computeIfAbsent(name, n -> {
            try {
                return new Face(e.file().path(), e.index(), e.file().directory(e.index()));
            } catch (IOException ex) {
                throw new IllegalStateException("font " + n + " in " + e.file().path() + ": " + ex.getMessage(), ex);
            }
        }));
    }

    /** Every full name in the library, sorted. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
