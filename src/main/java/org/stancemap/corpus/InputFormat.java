package org.stancemap.corpus;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The input formats that {@link RecordReaders} can read, with their file extensions. */
public enum InputFormat {
    /** The R Discovery page text export ({@link RDiscoveryReader}). */
    RDISCOVERY("rdiscovery", List.of(".txt")),
    /** One JSON object per line ({@link JsonlReader}). */
    JSONL("jsonl", List.of(".jsonl", ".ndjson")),
    /** Comma-separated values with a header row ({@link CsvReader}). */
    CSV("csv", List.of(".csv"));

    private final String id;
    private final List<String> extensions;

    InputFormat(String id, List<String> extensions) {
        this.id = id;
        this.extensions = extensions;
    }

    /** The name used by the {@code --format} option, e.g. {@code jsonl}. */
    public String id() {
        return id;
    }

    /** File extensions of this format, lowercase, with the dot. */
    public List<String> extensions() {
        return extensions;
    }

    /**
     * The format of {@code file}, from its extension (case-insensitive).
     *
     * @throws IllegalArgumentException naming the file and the known extensions when none matches
     */
    public static InputFormat fromPath(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (InputFormat f : values()) {
            for (String ext : f.extensions) {
                if (lower.endsWith(ext)) {
                    return f;
                }
            }
        }
        throw new IllegalArgumentException("Cannot tell the format of " + file + " from its extension (known: "
                + Arrays.stream(values()).flatMap(f -> f.extensions.stream()).collect(Collectors.joining(", "))
                + "); name it with --format " + ids());
    }

    /**
     * The format named {@code s} ({@code rdiscovery}, {@code jsonl} or {@code csv}; case and
     * surrounding space ignored).
     *
     * @throws IllegalArgumentException naming the value and the known names
     */
    public static InputFormat parse(String s) {
        String key = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
        for (InputFormat f : values()) {
            if (f.id.equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Invalid input format: '" + s + "' (expected " + ids() + ")");
    }

    private static String ids() {
        return Arrays.stream(values()).map(InputFormat::id).collect(Collectors.joining("|"));
    }

    @Override
    public String toString() {
        return id;
    }
}
