package org.stancemap.classify;

import java.io.IOException;
import org.stancemap.corpus.Reject;

/** Where rejected records go. Nothing is visible at the target until {@link #commit()}. */
public interface RejectSink extends AutoCloseable {

    /** Writes one reject. */
    void write(Reject reject) throws IOException;

    /** Makes the rejects file visible at its target. */
    void commit() throws IOException;

    @Override
    void close() throws IOException;
}
