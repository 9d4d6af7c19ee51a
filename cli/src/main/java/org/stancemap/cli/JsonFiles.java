package org.stancemap.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stancemap.corpus.AtomicFile;
import org.stancemap.corpus.Json;

/**
 * Writes report JSON files ({@link Json#reportMapper()}, indented, LF line ends) through
 * {@link AtomicFile}, as every output is written: whole or not at all, with the permissions of any
 * other output. Stateless and thread-safe.
 */
final class JsonFiles {
    static final ObjectMapper MAPPER = Json.reportMapper();
    /** The atomic file's writer is its own to close. */
    private static final ObjectWriter PRETTY = Json.pretty(MAPPER).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonFiles() {}

    static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /**
     * Writes {@code value} as indented JSON and a final {@code '\n'} to {@code file}, creating its
     * folder when needed; on failure an earlier file there is kept as it was.
     */
    static void write(Path file, Object value) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        try (AtomicFile out = AtomicFile.create(target)) {
            PRETTY.writeValue(out.writer(), value);
            out.writer().write('\n');
            out.commit();
        }
    }
}
