package org.stancemap.classify;

import java.nio.file.Path;
import java.util.Locale;

/** Formats of classify output, told by the output file's extension. */
public enum OutputFormat {
    JSONL, CSV, RIS;

    /** JSONL for {@code .jsonl}/{@code .ndjson}, CSV for {@code .csv}, RIS for {@code .ris}. */
    public static OutputFormat fromPath(Path out) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JSONL;
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        if (name.endsWith(".ris")) {
            return RIS;
        }
        throw new IllegalArgumentException("Cannot tell the output format of " + out
                + " (expected a .jsonl, .ndjson, .csv or .ris file name)");
    }
}
