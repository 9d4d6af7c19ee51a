package org.stancemap.classify;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps its records in memory, for comparing classifications. Not thread-safe. */
public final class ListSink<T> implements Sink<T> {
    private final List<T> items = new ArrayList<>();

    @Override
    public void write(T record) {
        items.add(record);
    }

    @Override
    public void commit() {
        // nothing to move into place
    }

    @Override
    public void close() {
        // nothing to release
    }

    /** The records written so far, in order. */
    public List<T> items() {
        return items;
    }
}
