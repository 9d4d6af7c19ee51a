package org.stancemap.report;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stancemap.corpus.AtomicFile;
import org.stancemap.corpus.Json;

/**
 * Writes the files of a report directory, each atomically (whole or not at all): the page
 * {@value #PAGE} and its data {@value #DATA}. Stateless and thread-safe.
 */
public final class ReportFiles {
    /** The report page in a report directory. */
    public static final String PAGE = "index.html";
    /** The JSON behind the page. */
    public static final String DATA = "report.json";

    private static final ObjectWriter PRETTY = Json.pretty(Json.mapper());

    private ReportFiles() {}

    /** Writes {@code json} as indented JSON and {@code html} into {@code dir}, creating it when needed. */
    static void write(Path dir, Object json, String html) throws IOException {
        Files.createDirectories(dir);
        writeText(dir.resolve(DATA), PRETTY.writeValueAsString(json) + "\n");
        writeText(dir.resolve(PAGE), html);
    }

    /** Writes {@code text} to {@code file} atomically; its directory must exist. */
    static void writeText(Path file, String text) throws IOException {
        try (AtomicFile f = AtomicFile.create(file)) {
            f.writer().write(text);
            f.commit();
        }
    }

    /** Indented JSON of {@code value}, as written to {@value #DATA}. */
    static String json(Object value) throws IOException {
        return PRETTY.writeValueAsString(value);
    }
}
