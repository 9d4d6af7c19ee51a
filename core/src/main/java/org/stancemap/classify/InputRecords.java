package org.stancemap.classify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.stancemap.corpus.AbstractRecord;
import org.stancemap.corpus.CleaningSource;
import org.stancemap.corpus.InputBytes;
import org.stancemap.corpus.InputFormat;
import org.stancemap.corpus.Ingested;
import org.stancemap.corpus.RecordReaders;
import org.stancemap.corpus.RecordSource;
import org.stancemap.corpus.RisReader;

/**
 * Reads the inputs of a classify run a second time, in step with its results, to give back each
 * result's input record (with its abstract and type, which results do not carry, and for RIS inputs
 * the record's own lines, authors and all). Results come in
 * input order, so one forward pass suffices and memory stays constant. Standard input cannot be
 * read twice: its records are not found. Not thread-safe.
 */
final class InputRecords implements AutoCloseable {

    private final List<Path> inputs;
    private final InputFormat format;
    private int next;
    private RecordSource source;
    private RisReader ris;

    /** Looks records up in {@code inputs}, read as {@code format} (null: each file's own). */
    InputRecords(List<Path> inputs, InputFormat format) {
        this.inputs = List.copyOf(inputs);
        this.format = format;
    }

    /**
     * An input record and, when it was read from RIS, its lines (else empty).
     *
     * @param record the record as classified
     * @param ris    the record's RIS lines, {@code TY} first, without {@code ER}
     */
    record Found(AbstractRecord record, List<String> ris) {}

    /**
     * The accepted input record read at {@code source} ({@code file:line}), or null when it is not
     * ahead of the records already looked up (or came from standard input).
     */
    Found find(String where) throws IOException {
        while (true) {
            if (source == null) {
                if (next >= inputs.size()) {
                    return null;
                }
                Path p = inputs.get(next++);
                if (InputBytes.isStdin(p)) {
                    continue;
                }
                source = RecordReaders.open(p, format);
                ris = source instanceof CleaningSource c && c.unwrap() instanceof RisReader r ? r : null;
                if (ris != null) {
                    ris.keepRecordLines();
                }
            }
            while (source.hasNext()) {
                if (source.next() instanceof Ingested.Accepted a && a.record().source().toString().equals(where)) {
                    return new Found(a.record(), ris == null ? List.of() : ris.lastRecordLines());
                }
            }
            source.close();
            source = null;
        }
    }

    @Override
    public void close() throws IOException {
        if (source != null) {
            source.close();
        }
    }
}
