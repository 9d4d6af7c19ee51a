package org.stancemap.corpus;

import java.util.function.Supplier;

/**
 * The lines of one record of a field-tagged format (RIS, MEDLINE, Web of Science plain text) while
 * it is read: where it starts, its raw text for a reject (capped at {@link LookaheadSource#MAX_RAW}),
 * and its first line that is not UTF-8. Not thread-safe.
 */
final class RecordLines {
    private final long start;
    private long invalid;
    private final StringBuilder raw = new StringBuilder();

    /** A record that starts at {@code line}; the line is not kept (call {@link #keep}). */
    RecordLines(long line) {
        this.start = line;
    }

    /** Line number of the record's first line. */
    long start() {
        return start;
    }

    /** Adds a line of the record. */
    void keep(Utf8LineReader.Line line) {
        if (!line.valid() && invalid == 0) {
            invalid = line.number();
        }
        if (raw.length() <= LookaheadSource.MAX_RAW) {
            raw.append(raw.length() > 0 ? "\n" : "").append(line.text());
        }
    }

    /**
     * The record as an item: rejected with the first line that was not UTF-8, else what
     * {@code draft} makes of its fields.
     */
    Ingested finish(String source, Supplier<RecordDraft> draft) {
        if (invalid > 0) {
            return new Ingested.Rejected(new Reject(source, start, RisReader.invalidUtf8(invalid),
                    LookaheadSource.cut(raw.toString())));
        }
        return draft.get().toIngested(source, start, raw.toString());
    }
}
