package org.jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/** The distribution zip that {@code mvn package} made, unpacked as a user would, with its file modes. */
final class UnpackedZip {
    private UnpackedZip() {
    }

    /** Unpacks the zip into {@code into}; returns the folder it holds (jianbao-VERSION). */
    static Path unpack(Path into) throws IOException {
        Path zip = Path.of(System.getProperty("jianbao.distribution", "target/missing.zip"));
        assertTrue(Files.isRegularFile(zip), "no distribution at " + zip + ": run mvn verify (it makes it at package)");
        Files.createDirectories(into);
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()),
                Map.of("enablePosixFileAttributes", "true"));
             Stream<Path> all = Files.walk(fs.getPath("/"))) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = into.resolve(p.toString().substring(1));
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                    Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(p));
                }
            }
        }
        try (Stream<Path> top = Files.list(into)) {
            return top.filter(p -> p.getFileName().toString().startsWith("jianbao-")).findFirst().orElseThrow();
        }
    }
}
