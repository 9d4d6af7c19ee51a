package org.stancemap.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.stancemap.classify.RecordClassifier;

/**
 * One {@link RecordClassifier} per bundle folder per JVM (per executor), opened lazily by the first
 * task that needs it and then shared by every task thread of the JVM ({@link RecordClassifier} is
 * thread-safe). Opening verifies the bundle as the CLI does ({@link RecordClassifier#open}).
 */
final class ClassifierHolder {

    private static final ConcurrentMap<Path, RecordClassifier> OPEN = new ConcurrentHashMap<>();
    private static final AtomicInteger OPENS = new AtomicInteger();

    private ClassifierHolder() {}

    /**
     * The classifier of the bundle in {@code dir}, opened on first call (without an embedding cache).
     *
     * @throws UncheckedIOException when the bundle is missing or fails verification
     */
    static RecordClassifier get(Path dir) {
        return OPEN.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> {
            try {
                RecordClassifier c = RecordClassifier.open(d, null);
                OPENS.incrementAndGet();
                return c;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the model bundle " + d + ": " + e.getMessage(), e);
            }
        });
    }

    /** How many bundles this JVM has opened (tests check one per bundle). */
    static int opens() {
        return OPENS.get();
    }
}
