package org.jianbao.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Waits for a change to any of a set of files, through the JDK's watch service on their folders.
 * A change is over when {@link #QUIET_MS} pass without another: an editor saves in several steps (a
 * temporary file, a rename, a second write), and the issue is read once, after the last. Between
 * events the files' sizes and times are compared every {@link #CHECK_MS}: the watch service of some
 * systems polls slowly (macOS, every few seconds) or misses changes on network folders.
 */
final class FolderWatch implements AutoCloseable {
    /** A change is taken as complete after this long without another (editors write in steps). */
    static final long QUIET_MS = 200;
    /** However busy the files are, a render starts at most this long after the first change. */
    static final long MAX_WAIT_MS = 2_000;
    /** How often the files' stamps are compared when no event comes. */
    static final long CHECK_MS = 500;

    private final WatchService service;
    private final Map<Path, WatchKey> keys = new HashMap<>();
    private Set<Path> files = Set.of();
    private Stamps stamps = Stamps.of(Set.of());

    FolderWatch() throws IOException {
        service = FileSystems.getDefault().newWatchService();
    }

    /**
     * Watches {@code files} (paths as {@link Sources} gives them) from now on, instead of the previous
     * ones. A file of {@code before} counts as changed if it differs from its stamp there: a change
     * made while the issue was being read and rendered is not lost.
     */
    void watch(Set<Path> watched, Stamps before) {
        files = Set.copyOf(watched);
        stamps = Stamps.of(files).since(before);
        Set<Path> folders = new HashSet<>();
        for (Path f : files) {
            Path folder = f.getParent();
            while (folder != null && !Files.isDirectory(folder)) {
                folder = folder.getParent();   // a folder still to be made: watch the one it will be made in
            }
            if (folder != null) {
                folders.add(folder);
            }
        }
        keys.entrySet().removeIf(e -> {
            boolean drop = !folders.contains(e.getKey());
            if (drop) {
                e.getValue().cancel();
            }
            return drop;
        });
        for (Path folder : folders) {
            if (!keys.containsKey(folder)) {
                try {
                    keys.put(folder, folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE));
                } catch (IOException | ClosedWatchServiceException e) {
                    // the stamps still show its files' changes
                }
            }
        }
    }

    /** The files watched. */
    Set<Path> files() {
        return files;
    }

    /**
     * Blocks until a watched file changes and the change is over; false when the watch was closed.
     *
     * @throws InterruptedException when the waiting thread is interrupted (the session ends)
     */
    boolean awaitChange() throws InterruptedException {
        try {
            while (true) {
                WatchKey k = service.poll(CHECK_MS, TimeUnit.MILLISECONDS);
                if (k != null ? relevant(k) : !Stamps.of(files).equals(stamps)) {
                    break;
                }
            }
            long first = System.nanoTime();
            long last = first;
            while (true) {
                long now = System.nanoTime();
                long quietLeft = QUIET_MS - (now - last) / 1_000_000;
                if (quietLeft <= 0 || (now - first) / 1_000_000 >= MAX_WAIT_MS) {
                    return true;
                }
                WatchKey k = service.poll(quietLeft, TimeUnit.MILLISECONDS);
                if (k != null && relevant(k)) {
                    last = System.nanoTime();
                }
            }
        } catch (ClosedWatchServiceException e) {
            return false;
        }
    }

    /** Whether the events of {@code key} touch a watched file, or a folder on the way to one; resets the key. */
    private boolean relevant(WatchKey key) {
        boolean hit = false;
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.kind() == OVERFLOW) {
                hit = true;   // events were lost: assume the worst
                continue;
            }
            Path changed = folder.resolve((Path) e.context());
            for (Path f : files) {
                if (f.startsWith(changed)) {
                    hit = true;
                    break;
                }
            }
        }
        if (!key.reset()) {
            keys.values().remove(key);   // the folder is gone: the next render reports the missing files
            hit = true;
        }
        return hit;
    }

    /** Ends the watch: a thread waiting in {@link #awaitChange} returns false. */
    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing a watch service does not fail in practice; nothing is left to do
        }
    }
}
