package org.jianbao.export.ofd;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * OFD pages drawn by ofdrw-converter's image maker, a reader independent of jianbao. The
 * converter (2.3.1) draws with PDFBox 2 classes that PDFBox 3, jianbao's, no longer has, so it
 * runs in a class loader of its own: the test class path without PDFBox 3, plus PDFBox and
 * fontbox 2.0.27 (copied to {@code target/ofd-render-lib} by the build). It is called by
 * reflection, since its classes are not the test's.
 */
final class OfdRenderer {
    private static ClassLoader loader;

    private OfdRenderer() {
    }

    /** Every page of {@code ofd} at {@code dpi} dots per inch. */
    static synchronized List<BufferedImage> render(Path ofd, double dpi) throws Exception {
        ClassLoader cl = loader();
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(cl);   // dom4j finds its factory through the context loader
        try {
            return render(cl, ofd, dpi);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** The OFD converted to PDF by ofdrw-converter's iText path (which embeds the OFD's own fonts). */
    static synchronized void toPdf(Path ofd, Path pdf) throws Exception {
        ClassLoader cl = loader();
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(cl);
        try {
            Class<?> helper = cl.loadClass("org.ofdrw.converter.ConvertHelper");
            helper.getMethod("useIText").invoke(null);
            helper.getMethod("toPdf", Path.class, Path.class).invoke(null, ofd, pdf);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static List<BufferedImage> render(ClassLoader cl, Path ofd, double dpi) throws Exception {
        Class<?> readerClass = cl.loadClass("org.ofdrw.reader.OFDReader");
        Class<?> makerClass = cl.loadClass("org.ofdrw.converter.ImageMaker");
        Object reader = readerClass.getConstructor(Path.class).newInstance(ofd);
        try {
            Object maker = makerClass.getConstructor(readerClass, double.class).newInstance(reader, dpi / 25.4);
            int pages = (int) makerClass.getMethod("pageSize").invoke(maker);
            List<BufferedImage> out = new ArrayList<>();
            for (int p = 0; p < pages; p++) {
                out.add((BufferedImage) makerClass.getMethod("makePage", int.class).invoke(maker, p));
            }
            return out;
        } finally {
            ((AutoCloseable) reader).close();
        }
    }

    private static ClassLoader loader() throws IOException {
        if (loader == null) {
            String lib = System.getProperty("ofd.render.lib");
            String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            if (lib == null || path == null) {
                throw new IOException("run through Maven: the OFD renderer's class path is not set");
            }
            List<URL> urls = new ArrayList<>();
            try (var jars = Files.list(Path.of(lib))) {
                for (Path jar : jars.sorted().toList()) {
                    urls.add(jar.toUri().toURL());
                }
            }
            for (String entry : path.split(File.pathSeparator)) {
                String name = Path.of(entry).getFileName().toString();
                if (!name.matches("(pdfbox|fontbox|pdfbox-io)-3\\..*\\.jar")) {
                    urls.add(Path.of(entry).toUri().toURL());
                }
            }
            loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        }
        return loader;
    }
}
