package org.stancemap.corpus;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes records as RIS that Zotero, EndNote and Mendeley import, atomically: nothing appears at
 * the target until {@link #commit()}. UTF-8 with a byte-order mark (EndNote needs it to see UTF-8),
 * CRLF line endings as the RIS specification asks. Tags: {@code TY} (the record's type as a RIS
 * code; a type without one is {@code GEN} with the type in {@code M3}), {@code ID}, {@code TI},
 * {@code AB} (left out for title-only records, whose text is their title), {@code DO},
 * {@code PY} and, for a full date, {@code DA} as {@code yyyy/MM/dd}, {@code T2} (venue), an
 * {@code N1} note {@code Cited By: n}, then the caller's keywords ({@code KW}) and notes
 * ({@code N1}), and {@code ER}. Line breaks inside a value become spaces, since RIS values are one
 * line. {@link RisReader} reads the output back to the same fields. Not thread-safe.
 */
public final class RisWriter implements AutoCloseable {

    private static final Map<String, String> CODES = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private static final Pattern BREAKS = Pattern.compile("\\s*[\\r\\n]+\\s*");

    static {
        RisEntry.TYPES.forEach((code, name) -> CODES.putIfAbsent(name, code));
        CODES.put("Book", "BOOK");
        CODES.put("Book Chapter", "CHAP");
    }

    private final AtomicFile file;
    private long written;

    private RisWriter(AtomicFile file) {
        this.file = file;
    }

    /** Starts writing {@code target} (its directory must exist). */
    public static RisWriter create(Path target) throws IOException {
        RisWriter w = new RisWriter(AtomicFile.create(target));
        w.file.writer().write('\uFEFF');
        return w;
    }

    /**
     * Writes {@code r} as one RIS record, with {@code keywords} as {@code KW} lines and {@code notes}
     * as {@code N1} lines before its {@code ER}.
     */
    public void write(AbstractRecord r, List<String> keywords, List<String> notes) throws IOException {
        Writer w = file.writer();
        String code = r.type() == null ? "JOUR" : CODES.containsKey(r.type()) ? CODES.get(r.type())
                : RisEntry.TYPES.containsKey(r.type()) ? r.type() : "GEN";
        tag(w, "TY", code);
        if ("GEN".equals(code) && r.type() != null && !r.type().equalsIgnoreCase("GEN")) {
            tag(w, "M3", r.type());
        }
        tag(w, "ID", r.id());
        tag(w, "TI", r.title());
        if (!r.text().equals(r.title())) {
            tag(w, "AB", r.text());
        }
        tag(w, "DO", r.doi());
        if (r.published() != null) {
            tag(w, "PY", r.published().substring(0, Math.min(4, r.published().length())));
            if (r.published().length() == 10) {
                tag(w, "DA", r.published().replace('-', '/'));
            }
        }
        tag(w, "T2", r.venue());
        if (r.citations() != null) {
            tag(w, "N1", "Cited By: " + r.citations());
        }
        for (String k : keywords) {
            tag(w, "KW", k);
        }
        for (String n : notes) {
            tag(w, "N1", n);
        }
        w.write("ER  - \r\n\r\n");
        written++;
    }

    /**
     * Writes a record given as its RIS lines (as {@link RisReader#lastRecordLines()} gives them, so
     * that every tag of the input survives), with {@code keywords} and {@code notes} added before
     * the {@code ER} line.
     */
    public void writeLines(List<String> lines, List<String> keywords, List<String> notes) throws IOException {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a RIS record has at least its TY line");
        }
        Writer w = file.writer();
        for (String line : lines) {
            w.write(BREAKS.matcher(line).replaceAll(" "));
            w.write("\r\n");
        }
        for (String k : keywords) {
            tag(w, "KW", k);
        }
        for (String n : notes) {
            tag(w, "N1", n);
        }
        w.write("ER  - \r\n\r\n");
        written++;
    }

    private static void tag(Writer w, String tag, String value) throws IOException {
        if (value == null || value.isBlank()) {
            return;
        }
        w.write(tag);
        w.write("  - ");
        w.write(BREAKS.matcher(value.strip()).replaceAll(" "));
        w.write("\r\n");
    }

    /** Number of records written so far. */
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
