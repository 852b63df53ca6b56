package org.jianbao.export.ofd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jianbao.Samples;

/** The sample issues written as OFD beside their PDFs, once per test run, with the time the writing took. */
final class OfdSamples {
    private static final Map<String, Written> CACHE = new ConcurrentHashMap<>();

    private OfdSamples() {
    }

    /** A sample as OFD: its rendering (layout and PDF), the OFD file, its bytes, and the writer's time in ms. */
    record Written(Samples.Rendered rendered, Path ofd, byte[] bytes, double millis) {
    }

    /**
     * A sample of {@code issues/} by name, or a layout case of {@code src/test/resources/cases} as
     * {@code case/NAME} (the blocks-notice case has synthetic bold, a picture and links).
     */
    static Written get(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            Samples.Rendered r = n.startsWith("case/") ? layoutCase(n.substring(5)) : Samples.get(n);
            n = n.replace('/', '-');
            try {
                new OfdExporter().write(r.document(), OutputStreamSink.INSTANCE);   // warm: classes loaded
                long t0 = System.nanoTime();
                byte[] bytes = write(r.document());
                double ms = (System.nanoTime() - t0) / 1e6;
                Path out = Samples.outputFolder().resolve(n + ".ofd");
                Files.createDirectories(out.getParent());
                Files.write(out, bytes);
                return new Written(r, out, bytes, ms);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Samples.Rendered layoutCase(String name) {
        org.jianbao.Jianbao jb = org.jianbao.TestFonts.jianbao();
        Path input = org.jianbao.TestFonts.home().resolve("src/test/resources/cases").resolve(name).resolve("input.json");
        var issue = jb.read(input).issue();
        var doc = jb.layout(issue).document();
        Path pdf = Samples.outputFolder().resolve("case-" + name + ".pdf");
        org.jianbao.TestFonts.writePdf(issue, doc, pdf);
        return new Samples.Rendered(issue, doc, pdf);
    }

    static byte[] write(org.jianbao.frame.Document doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new OfdExporter().write(doc, out);
        return out.toByteArray();
    }

    /** Output that goes nowhere. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
