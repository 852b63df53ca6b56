package org.jianbao;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/** The samples of issues/ (descriptors, profiles, pictures) copied into a folder, to be edited by a test or benchmark. */
public final class SampleFolder {
    private SampleFolder() {
    }

    /** Copies every file of issues/ into {@code to}; returns the copy of {@code sample}'s descriptor. */
    public static Path copy(Path to, String sample) {
        Path from = TestFonts.home().resolve("issues");
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to.resolve(sample + ".json");
    }

    /** Waits until {@code done} holds, checking every 20 ms; fails saying {@code what} did not happen in time. */
    public static void await(String what, Duration timeout, BooleanSupplier done) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting: " + what);
            }
        }
    }
}
