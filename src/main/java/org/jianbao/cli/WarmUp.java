package org.jianbao.cli;

import org.jianbao.descriptor.DescriptorReader;
import org.jianbao.export.pdf.PdfExporter;
import org.jianbao.inline.InlineLayout;

/**
 * A head start for a short-lived process: two background threads load the line-breaking rules and
 * then the PDF writer, and the JSON parser and then the word dictionary, while the main thread
 * parses the command line and reads the descriptor. Nothing waits for them; they only make the first use of each faster.
 */
final class WarmUp {
    private static boolean started;

    private WarmUp() {
    }

    static synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        thread(() -> {
            InlineLayout.warmUpLines();
            PdfExporter.warmUp();
        }, "jianbao-warm-up");
        thread(() -> {
            DescriptorReader.warmUp();
            InlineLayout.warmUpWords();
        }, "jianbao-warm-up-words");
    }

    private static void thread(Runnable work, String name) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        t.start();
    }
}
