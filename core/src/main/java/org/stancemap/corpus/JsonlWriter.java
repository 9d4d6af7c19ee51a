package org.stancemap.corpus;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes values as JSON Lines (UTF-8, one compact object per line, {@code '\n'} endings) through
 * {@link Json#mapper()}, atomically: nothing appears at the target until {@link #commit()}, and
 * {@link #close()} without a commit leaves the target untouched. Not thread-safe.
 *
 * @param <T> the type of the values, e.g. {@link AbstractRecord} or {@link Reject}
 */
public final class JsonlWriter<T> implements AutoCloseable {

    private final AtomicFile file;
    private final ObjectWriter json;
    private long written;

    private JsonlWriter(AtomicFile file, ObjectWriter json) {
        this.file = file;
        this.json = json;
    }

    /** Starts writing {@code target} (its directory must exist). */
    public static <T> JsonlWriter<T> create(Path target) throws IOException {
        return create(target, Json.mapper().writer());
    }

    /** Starts writing {@code target} with {@code json}, which must not indent (one value per line). */
    public static <T> JsonlWriter<T> create(Path target, ObjectWriter json) throws IOException {
        return new JsonlWriter<>(AtomicFile.create(target), json);
    }

    /** Writes {@code value} as one line. */
    public void write(T value) throws IOException {
        String line = json.writeValueAsString(value);
        if (line.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("JSON of " + value.getClass().getSimpleName()
                    + " spans lines; use a writer without indentation");
        }
        file.writer().write(line);
        file.writer().write('\n');
        written++;
    }

    /** Number of values written so far. */
    public long written() {
        return written;
    }

    /** Moves the file into place; see {@link AtomicFile#commit()}. */
    public void commit() throws IOException {
        file.commit();
    }

    /** Abandons the file unless committed. */
    @Override
    public void close() throws IOException {
        file.close();
    }
}
