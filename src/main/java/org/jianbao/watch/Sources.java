package org.jianbao.watch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jianbao.model.Article;
import org.jianbao.model.Block;
import org.jianbao.model.Image;
import org.jianbao.model.Issue;
import org.jianbao.model.Section;

/**
 * The files an issue is made of, to be watched: the descriptor; the files its JSON names (the
 * {@code profile}, every {@code markdownFile}, every picture's {@code src}, every signature's
 * {@code seal}), taken from the text
 * even when the issue cannot be read, so that a picture named but not yet copied is watched for;
 * and, when the issue was read, every picture of its articles (those of Markdown bodies included).
 * Each is given as its real path (links resolved) where it exists, so that it compares equal to
 * the path a watch event reports. Whether a file may be used is the reader's business: this only
 * says what to watch.
 */
public final class Sources {
    /** A descriptor larger than this is not scanned for names (the reader refuses it anyway). */
    private static final long MAX_SCAN = 16L << 20;
    private static final JsonFactory JSON = new JsonFactory();

    private Sources() {
    }

    /** The files of {@code descriptor}; {@code issue} is the issue read from it, or null when it could not be read. */
    public static Set<Path> of(Path descriptor, Issue issue) {
        Set<Path> files = new LinkedHashSet<>();
        files.add(canonical(descriptor));
        Path folder = descriptor.toAbsolutePath().normalize().getParent();
        named(descriptor, folder, files);
        if (issue != null) {
            for (Section s : issue.sections()) {
                for (Article a : s.articles()) {
                    for (Block b : a.body()) {
                        if (b instanceof Image i) {
                            files.add(canonical(i.file()));
                        }
                    }
                }
            }
        }
        return files;
    }

    /**
     * Adds the files named in the descriptor's JSON: the top-level {@code profile}, and every
     * {@code markdownFile}, {@code src} and {@code seal} at any depth, relative to {@code folder}.
     * Stops quietly where the text stops being JSON (a save in progress): what was named before
     * that counts.
     */
    private static void named(Path descriptor, Path folder, Set<Path> files) {
        try {
            if (Files.size(descriptor) > MAX_SCAN) {
                return;
            }
            try (JsonParser p = JSON.createParser(Files.newInputStream(descriptor))) {
                int depth = 0;
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    if (t.isStructStart()) {
                        depth++;
                    } else if (t.isStructEnd()) {
                        depth--;
                    } else if (t == JsonToken.VALUE_STRING && names(p.currentName(), depth)) {
                        add(folder, p.getText(), files);
                    }
                }
            }
        } catch (IOException e) {
            // unreadable or not JSON (yet): the reader says what is wrong
        }
    }

    private static boolean names(String field, int depth) {
        return field != null && (field.equals("profile") && depth == 1 || field.equals("markdownFile")
                || field.equals("src") || field.equals("seal"));
    }

    private static void add(Path folder, String ref, Set<Path> files) {
        try {
            Path p = Path.of(ref);
            if (!p.isAbsolute() && !ref.isBlank()) {
                files.add(canonical(folder.resolve(p)));
            }
        } catch (InvalidPathException e) {
            // not a path: the reader reports it
        }
    }

    /**
     * The real path of {@code file} when it exists; else its nearest existing folder's real path
     * with the rest of the path after it.
     */
    static Path canonical(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        for (Path p = abs; p != null; p = p.getParent()) {
            try {
                return p.toRealPath().resolve(p.relativize(abs));
            } catch (IOException e) {
                // not there (yet): try the folder above
            }
        }
        return abs;
    }
}
