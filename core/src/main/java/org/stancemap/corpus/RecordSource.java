package org.stancemap.corpus;

import java.io.IOException;
import java.util.Iterator;

/**
 * A stream of records read from one input, in input order. Never holds the whole input in memory.
 * Malformed input yields {@link Ingested.Rejected} items, so iteration goes on past bad records.
 * Not thread-safe.
 */
public interface RecordSource extends Iterator<Ingested>, AutoCloseable {

    /** The input's name as used in {@link SourceRef#file()} and {@link Reject#file()}. */
    String name();

    @Override
    void close() throws IOException;
}
