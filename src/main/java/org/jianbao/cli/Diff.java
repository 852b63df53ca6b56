package org.jianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * A diff of a file corrected in place: the corrections of {@code fix} never add or remove a line,
 * so the changed lines, with their numbers, are the whole difference (in the unified form that
 * editors and {@code git} show).
 */
final class Diff {
    private Diff() {
    }

    static void print(Path file, String before, String after, PrintWriter out) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        out.println("--- " + file);
        out.println("+++ " + file + " (corrected)");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                out.println("@@ -" + (i + 1) + " +" + (i + 1) + " @@");
                out.println("-" + a[i]);
                out.println("+" + b[i]);
            }
        }
    }
}
