package org.stancemap.embed;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive locks on a lock file that hold across threads, cache instances and processes: a JVM-wide
 * lock first (a file lock is held by the whole JVM, so two instances in one JVM would otherwise
 * overlap), then an OS file lock. The lock file's channel is opened once per JVM and never closed:
 * on POSIX, closing any channel on a file drops every lock the JVM holds on it.
 */
final class FileLocks {

    private static final Map<Path, Holder> HOLDERS = new ConcurrentHashMap<>();

    private FileLocks() {
    }

    /** A held lock; closing it releases the file lock, then the JVM lock. */
    interface Held extends AutoCloseable {
        @Override
        void close() throws IOException;
    }

    private record Holder(ReentrantLock jvm, FileChannel channel) {
    }

    /**
     * Blocks until this thread holds the lock on {@code lockFile} (created with its folder when missing).
     *
     * @throws IOException when the lock file cannot be created or locked
     */
    static Held lock(Path lockFile) throws IOException {
        Path key = lockFile.toAbsolutePath().normalize();
        Holder h = HOLDERS.get(key);
        if (h == null) {
            synchronized (HOLDERS) {
                h = HOLDERS.get(key);
                if (h == null) {
                    Files.createDirectories(key.getParent());
                    h = new Holder(new ReentrantLock(),
                            FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE));
                    HOLDERS.put(key, h);
                }
            }
        }
        Holder held = h;
        held.jvm().lock();
        FileLock fl;
        try {
            fl = held.channel().lock();
        } catch (IOException | RuntimeException e) {
            held.jvm().unlock();
            throw e;
        }
        return () -> {
            try {
                fl.release();
            } finally {
                held.jvm().unlock();
            }
        };
    }
}
