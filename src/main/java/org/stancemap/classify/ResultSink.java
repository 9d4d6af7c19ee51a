package org.stancemap.classify;

import java.io.IOException;
import org.stancemap.stance.ClassifiedRecord;

/** Where classified records go, in order. Nothing is visible at the target until {@link #commit()}. */
public interface ResultSink extends AutoCloseable {

    /** Writes one record. */
    void write(ClassifiedRecord record) throws IOException;

    /** Makes the output visible at its target (atomic rename). */
    void commit() throws IOException;

    /** Discards the output unless committed. */
    @Override
    void close() throws IOException;
}
