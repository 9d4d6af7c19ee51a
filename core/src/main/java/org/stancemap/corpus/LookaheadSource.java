package org.stancemap.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;

/**
 * The iterator half of a {@link RecordSource}: subclasses say how to read the next item, this class
 * keeps one item of lookahead so that {@link #hasNext()} can be called any number of times. I/O
 * errors surface from the iterator methods as {@link UncheckedIOException} naming the input. Not
 * thread-safe.
 */
abstract class LookaheadSource implements RecordSource {

    /** Longest raw text kept in a {@link Reject}. */
    static final int MAX_RAW = 2_000;

    private final String name;
    private Ingested pending;
    private boolean done;

    LookaheadSource(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("input name must not be blank");
        }
        this.name = name;
    }

    /** The next item, or {@code null} at the end of the input. */
    abstract Ingested readNext() throws IOException;

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final boolean hasNext() {
        if (pending == null && !done) {
            try {
                pending = readNext();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + name + ": " + e.getMessage(), e);
            }
            done = pending == null;
        }
        return pending != null;
    }

    @Override
    public final Ingested next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more records in " + name);
        }
        Ingested result = pending;
        pending = null;
        return checked(result);
    }

    /**
     * {@code item}, or a reject when an accepted record holds an unpaired surrogate in any string
     * field (no writer could encode it): the net under every reader, whatever its format.
     */
    private Ingested checked(Ingested item) {
        if (item instanceof Ingested.Accepted a) {
            String problem = LoneSurrogates.problem(a.record());
            if (problem != null) {
                long line = a.record().source() == null ? 0 : a.record().source().line();
                return new Ingested.Rejected(new Reject(name, line, problem, cut(LoneSurrogates.replaced(a.record().text()))));
            }
        }
        return item;
    }

    /** {@code raw} cut to {@link #MAX_RAW} characters. */
    static String cut(String raw) {
        return raw == null || raw.length() <= MAX_RAW ? raw : raw.substring(0, MAX_RAW);
    }
}
