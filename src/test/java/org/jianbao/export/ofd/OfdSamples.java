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

    static Written get(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            Samples.Rendered r = Samples.get(n);
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
