package org.stancemap.corpus;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a CSV file (UTF-8, {@code '\n'} line endings) with a header row from a fixed column list,
 * through Jackson CSV: fields holding a comma, a quote or a line break are quoted, and quotes
 * inside are doubled (RFC 4180; other fields, edge spaces included, are written bare); null is an empty field. Atomic like {@link JsonlWriter}:
 * nothing appears at the target until {@link #commit()}. Not thread-safe.
 *
 * <p>A string cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return is written with a single quote before it ({@link #FORMULA_GUARD}), so that a spreadsheet
 * opening the file shows it as text instead of running it as a formula (OWASP "CSV injection");
 * {@link CsvReader} removes that quote again, so the file reads back as written. Numbers and
 * booleans are written as they are.
 */
public final class CsvWriter implements AutoCloseable {

    /** The columns of {@link #rowOf(AbstractRecord)}, which {@link CsvReader} reads back. */
    public static final List<String> RECORD_COLUMNS =
            List.of("id", "doi", "title", "type", "published", "venue", "citations", "text", "label", "work");

    /** The character put before a string cell that a spreadsheet would take for a formula. */
    public static final char FORMULA_GUARD = '\'';

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private final AtomicFile file;
    private final List<String> columns;
    private final SequenceWriter rows;

    private CsvWriter(AtomicFile file, List<String> columns, SequenceWriter rows) {
        this.file = file;
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * Starts writing {@code target} (its directory must exist) with the header {@code columns}.
     *
     * @throws IllegalArgumentException when {@code columns} is empty or names a column twice
     */
    public static CsvWriter create(Path target, List<String> columns) throws IOException {
        if (columns.isEmpty() || new LinkedHashSet<>(columns).size() != columns.size()) {
            throw new IllegalArgumentException("Invalid CSV columns: " + columns + " (expected distinct names)");
        }
        // the header is written as a plain first row: Jackson would skip it for a file without rows
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false).setLineSeparator("\n");
        columns.forEach(schema::addColumn);
        AtomicFile file = AtomicFile.create(target);
        try {
            SequenceWriter rows = MAPPER.writer(schema.build()).writeValues(file.writer());
            rows.write(columns.toArray());
            return new CsvWriter(file, List.copyOf(columns), rows);
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /**
     * Writes one row, values in column order.
     *
     * @throws IllegalArgumentException when the size differs from the header's or a value is not a
     *                                  string, number, boolean, character or null
     */
    public void writeRow(List<?> values) throws IOException {
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException("Invalid CSV row: " + values.size() + " values for " + columns.size()
                    + " columns " + columns);
        }
        Object[] row = values.toArray();
        for (int i = 0; i < row.length; i++) {
            row[i] = scalar(columns.get(i), row[i]);
        }
        rows.write(row);
    }

    /**
     * Writes one row from a map of column name to value; absent columns are empty.
     *
     * @throws IllegalArgumentException for a key that is not a column, or a value as in {@link #writeRow(List)}
     */
    public void writeRow(Map<String, ?> values) throws IOException {
        Set<String> unknown = new HashSet<>(values.keySet());
        unknown.removeAll(columns);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown CSV columns: " + unknown + " (expected some of " + columns + ")");
        }
        writeRow(Arrays.asList(columns.stream().map(values::get).toArray()));
    }

    /** {@code r} as a row of {@link #RECORD_COLUMNS}; its source is not written. */
    public static List<Object> rowOf(AbstractRecord r) {
        return Arrays.asList(r.id(), r.doi(), r.title(), r.type(), r.published(), r.venue(), r.citations(), r.text(),
                r.label(), r.work());
    }

    /**
     * True when {@code s} is written with a {@link #FORMULA_GUARD} before it: it starts with a char
     * that makes a spreadsheet run it as a formula, or it is such a value already guarded (so that
     * reading back, which drops one guard, gives {@code s} exactly).
     */
    static boolean needsGuard(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == FORMULA_GUARD) {
            i++;
        }
        if (i == s.length()) {
            return false;
        }
        char c = s.charAt(i);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    private static Object scalar(String column, Object v) {
        if (v instanceof String s && needsGuard(s)) {
            return FORMULA_GUARD + s;
        }
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) {
            return v;
        }
        if (v instanceof Character c) {
            return c.toString();
        }
        throw new IllegalArgumentException("Invalid value for CSV column '" + column + "': a "
                + v.getClass().getSimpleName() + " (expected a string, number, boolean or null)");
    }

    /** Moves the file into place; see {@link AtomicFile#commit()}. */
    public void commit() throws IOException {
        rows.flush();
        file.commit();
    }

    /** Abandons the file unless committed. */
    @Override
    public void close() throws IOException {
        file.close();
    }
}
