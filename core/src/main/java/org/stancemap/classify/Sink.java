package org.stancemap.classify;

import java.io.IOException;

/**
 * Where records of one kind go, in order. Nothing is visible at the target until {@link #commit()};
 * closing without a commit discards what was written.
 *
 * @param <T> the record type
 */
public interface Sink<T> extends AutoCloseable {

    /** Writes one record. */
    void write(T record) throws IOException;

    /** Makes the output visible at its target (atomic rename). */
    void commit() throws IOException;

    /** Discards the output unless committed. */
    @Override
    void close() throws IOException;
}
