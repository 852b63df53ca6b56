package org.jianbao.descriptor;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Files a descriptor refers to (profile, images) must lie inside the descriptor's folder tree:
 * no absolute paths, no {@code ../} escapes. A bulletin folder can then be shared safely.
 */
final class FileRefs {
    private FileRefs() {
    }

    static Path resolve(Node at, Path folder, String ref) {
        Path p;
        try {
            p = Path.of(ref);
        } catch (InvalidPathException e) {
            at.error("\"" + ref + "\" is not a usable file path");
            return null;
        }
        if (p.isAbsolute() || ref.startsWith("/") || ref.startsWith("\\")) {
            at.error("\"" + ref + "\" is an absolute path; write it relative to the descriptor's folder");
            return null;
        }
        Path base = folder.toAbsolutePath().normalize();
        Path resolved = base.resolve(p).normalize();
        if (!resolved.startsWith(base)) {
            at.error("\"" + ref + "\" points outside the descriptor's folder; keep referenced files beside the"
                    + " descriptor or below it");
            return null;
        }
        return resolved;
    }
}
