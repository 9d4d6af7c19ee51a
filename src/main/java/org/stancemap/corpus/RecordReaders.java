package org.stancemap.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the right {@link RecordSource} for a file and its format. Stateless and thread-safe. */
public final class RecordReaders {

    private RecordReaders() {}

    /**
     * Opens {@code file} as {@code format}, or as the format its extension names when {@code format}
     * is null. The source's name is the path as given.
     *
     * @throws IllegalArgumentException when {@code format} is null and the extension is unknown
     * @throws CorpusFormatException    when the file cannot be read in its format (e.g. a CSV header
     *                                  without a text column)
     * @throws IOException              when the file cannot be opened
     */
    public static RecordSource open(Path file, InputFormat format) throws IOException {
        InputFormat f = format != null ? format : InputFormat.fromPath(file);
        return open(Files.newInputStream(file), file.toString(), f);
    }

    /**
     * Reads {@code in} as {@code format}; the source closes {@code in}, also when this method
     * throws. {@code name} is used in every {@link SourceRef} and {@link Reject}.
     */
    public static RecordSource open(InputStream in, String name, InputFormat format) throws IOException {
        if (format == null) {
            in.close();
            throw new IllegalArgumentException("format of " + name + " must be given for a stream");
        }
        return switch (format) {
            case RDISCOVERY -> new RDiscoveryReader(in, name);
            case JSONL -> new JsonlReader(in, name);
            case CSV -> new CsvReader(in, name);
        };
    }
}
