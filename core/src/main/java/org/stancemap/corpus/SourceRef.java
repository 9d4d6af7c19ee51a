package org.stancemap.corpus;

/**
 * Where a record came from: the file it was read from and the 1-based line on which it starts.
 *
 * @param file the file name as given on the command line (or a label such as {@code <memory>})
 * @param line 1-based line number of the record's first line; 0 when unknown
 */
public record SourceRef(String file, long line) {
    public SourceRef {
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("source file must be named");
        }
        if (line < 0) {
            throw new IllegalArgumentException("Invalid line: " + line);
        }
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
