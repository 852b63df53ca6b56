package org.jianbao.descriptor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The files a descriptor may name (profile, Markdown files, images): those inside its workspace.
 * A workspace is a folder holding {@code profile.json}; an issue belongs to the nearest such folder
 * above it (so that {@code issues/2025/2025-03.json} may name {@code ../../profile.json} and
 * {@code ../../images/…}). An issue in no workspace may name only files in its own folder and
 * below. The rule holds for the path as written and for the real path behind it: a symbolic link
 * that leads out of the workspace is refused as firmly as {@code ../} or an absolute path. A bulletin
 * folder can then be shared, or edited in the studio, without exposing anything else on the disk.
 */
final class FileRefs {
    /** The file that makes a folder a workspace. */
    static final String PROFILE = "profile.json";

    /** The real path of the folder every named file must lie in. */
    private final Path root;
    /** Whether the root is a workspace above the issue's folder (else the issue's own folder). */
    private final boolean workspace;

    private FileRefs(Path root, boolean workspace) {
        this.root = root;
        this.workspace = workspace;
    }

    /** The rule for the issue file {@code issueFile}: the folder of its workspace, or its own folder. */
    static FileRefs of(Path issueFile) {
        Path folder = real(issueFile.toAbsolutePath().normalize().getParent());
        for (Path p = folder; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(PROFILE))) {
                // a workspace above the issue's own folder widens what it may name
                return new FileRefs(p, !p.equals(folder));
            }
        }
        return new FileRefs(folder, false);
    }

    /** The real path of an existing folder (links resolved), else the path itself. */
    private static Path real(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder;
        }
    }

    /** The folder every named file must lie in. */
    Path root() {
        return root;
    }

    /**
     * {@code ref} resolved against {@code folder} (the issue's folder, or a Markdown file's), or null
     * after reporting at {@code at} why it may not be used. A file that does not exist is returned as
     * written, for the caller to report; one that exists is returned as its real path.
     */
    Path resolve(Node at, Path folder, String ref) {
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
        Path resolved = real(folder.toAbsolutePath().normalize()).resolve(p).normalize();
        if (!resolved.startsWith(root)) {
            at.error("\"" + ref + "\" points outside " + where() + "; keep referenced files " + keep());
            return null;
        }
        if (!Files.exists(resolved)) {
            return resolved;
        }
        Path real;
        try {
            real = resolved.toRealPath();
        } catch (IOException e) {
            return resolved;
        }
        if (!real.startsWith(root)) {
            at.error("\"" + ref + "\" leads outside " + where() + " through a symbolic link; copy the file into"
                    + " the folder instead of linking to it");
            return null;
        }
        return real;
    }

    private String where() {
        return workspace ? "the workspace " + root + " (the folder of " + PROFILE + ")" : "the descriptor's folder";
    }

    private String keep() {
        return workspace ? "inside the workspace" : "beside the descriptor or below it";
    }
}
