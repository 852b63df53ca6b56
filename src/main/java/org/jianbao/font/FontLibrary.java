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
import org.jianbao.problem.JianbaoException;

/**
 * The faces of a set of font folders, by full name. A folder is scanned once per process; a face
 * is parsed the first time it is asked for. A file that is not a usable font (damaged, truncated,
 * empty, not a regular file) is skipped and named in {@link #skipped}: it stops a render only when
 * a profile asks for a face that only it could have given.
 */
public final class FontLibrary {
    private static final Map<Path, FontLibrary> FOLDERS = new ConcurrentHashMap<>();

    private final Map<String, Entry> byName = new TreeMap<>();
    private final Map<String, Face> loaded = new ConcurrentHashMap<>();
    private final List<String> skipped = new ArrayList<>();

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
            try {
                if (!Files.isRegularFile(p)) {
                    throw new IOException("not a regular file");
                }
                SfntFile file = SfntFile.open(p);
                Map<String, Entry> faces = new TreeMap<>();
                for (int i = 0; i < file.faceCount(); i++) {
                    String name = new NameTable(file.directory(i).table(NameTable.TAG)).fullName;
                    if (name != null) {
                        faces.putIfAbsent(name, new Entry(file, i));
                    }
                }
                faces.forEach(byName::putIfAbsent);
            } catch (IOException | RuntimeException e) {
                String why = e instanceof IOException ? e.getMessage() : "the file is damaged or cut short";
                skipped.add(p.getFileName() + " in " + folder + " is not a usable font (" + why
                        + ") and was skipped; replace it or remove it from the folder");
            }
        }
    }

    /** Files of the folder that are not usable fonts, each with why: skipped, never fatal by themselves. */
    public List<String> skipped() {
        return List.copyOf(skipped);
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
            } catch (IOException | RuntimeException ex) {
                throw JianbaoException.of("the font " + n + " in " + e.file().path() + " is damaged ("
                        + ex.getMessage() + "); replace the file, or choose another font in the profile");
            }
        }));
    }

    /** Every full name in the library, sorted. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
