package org.jianbao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jianbao.Jianbao;
import org.jianbao.RenderOptions;
import org.jianbao.frame.Copies;
import org.jianbao.frame.Document;

/**
 * {@code render --numbered-copies N}: each copy with its copy number (份号, GB/T 9704-2012 §7.2.1),
 * written as N files ({@code NAME-000001.pdf} …) or, with {@code --one-file}, one file of all the
 * copies in turn ({@code NAME-000001-00000N.pdf}). The issue is read once.
 */
final class NumberedCopies {
    private NumberedCopies() {
    }

    static Jianbao.Rendered render(Jianbao jb, Path descriptor, Path out, RenderOptions options, int n,
                                   boolean oneFile) {
        long t0 = System.nanoTime();
        Jianbao.Read read = jb.read(descriptor);
        long t1 = System.nanoTime();
        String base = descriptor.getFileName().toString().replaceFirst("\\.json$", "");
        List<Path> files = new ArrayList<>();
        List<Document> docs = new ArrayList<>();
        List<org.jianbao.problem.Problem> warnings = new ArrayList<>(read.warnings());
        int pages = 0;
        long write = 0;
        for (int c = 1; c <= n; c++) {
            Jianbao.Laid laid = jb.layout(read.issue(), c);
            if (c == 1) {
                warnings.addAll(laid.warnings());
            }
            Document doc = options.variant().apply(laid.document());
            pages = doc.pages().size();
            if (oneFile) {
                docs.add(doc);
            } else {
                long w = System.nanoTime();
                files.addAll(jb.export(doc, options.exporters(read.issue()), out, options.copy(c).name(base)));
                write += System.nanoTime() - w;
            }
        }
        long t2 = System.nanoTime();
        if (oneFile) {
            Document all = Copies.oneFile(docs);
            pages = all.pages().size();
            String name = options.copy(1).name(base) + String.format("-%06d", n);
            files.addAll(jb.export(all, options.exporters(read.issue()), out, name));
            write = System.nanoTime() - t2;
        }
        return new Jianbao.Rendered(files, pages, warnings, t1 - t0, t2 - t1 - write, write);
    }
}
