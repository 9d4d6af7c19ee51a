package org.stancemap.classify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.stancemap.corpus.AbstractRecord;
import org.stancemap.corpus.InputBytes;
import org.stancemap.corpus.InputFormat;
import org.stancemap.corpus.Ingested;
import org.stancemap.corpus.RecordReaders;
import org.stancemap.corpus.RecordSource;

/**
 * Reads the inputs of a classify run a second time, in step with its results, to give back each
 * result's input record (with its abstract and type, which results do not carry). Results come in
 * input order, so one forward pass suffices and memory stays constant. Standard input cannot be
 * read twice: its records are not found. Not thread-safe.
 */
final class InputRecords implements AutoCloseable {

    private final List<Path> inputs;
    private final InputFormat format;
    private int next;
    private RecordSource source;

    /** Looks records up in {@code inputs}, read as {@code format} (null: each file's own). */
    InputRecords(List<Path> inputs, InputFormat format) {
        this.inputs = List.copyOf(inputs);
        this.format = format;
    }

    /**
     * The accepted input record read at {@code source} ({@code file:line}), or null when it is not
     * ahead of the records already looked up (or came from standard input).
     */
    AbstractRecord find(String where) throws IOException {
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
            }
            while (source.hasNext()) {
                if (source.next() instanceof Ingested.Accepted a && a.record().source().toString().equals(where)) {
                    return a.record();
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
