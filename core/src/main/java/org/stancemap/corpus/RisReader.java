package org.stancemap.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams RIS, as exported by Zotero, EndNote, Mendeley, Scopus, Web of Science, Embase and IEEE
 * Xplore.
 *
 * <p>A record runs from a {@code TY  - } line to {@code ER  - }; a new {@code TY} line, or the end
 * of the input, also ends the record before it, so a missing {@code ER} loses nothing. Tag lines
 * are two characters, one or two spaces, a dash ({@code XX  - value}); an untagged line continues
 * the tag before it ({@code KW}, author and URL tags: as a further value). Line endings may be LF,
 * CRLF or CR; a UTF-8 byte-order mark is skipped, also after leading space. Fields, first present
 * wins: title {@code TI}, {@code T1}; abstract {@code AB}, {@code N2}; DOI {@code DO}; date: a
 * full date from {@code DA}, {@code Y1}, {@code PY}, else a year; venue {@code JF}, {@code T2},
 * {@code JO}, {@code JA}, {@code J2}; id {@code ID}; citations from an {@code N1} note
 * {@code Cited By: n}; type from {@code TY} ({@code JOUR} is {@code Journal Article}). A record
 * without abstract is title-only; without either, or with a line that is not UTF-8, it is
 * {@link Ingested.Rejected}. Non-blank text outside any record is rejected too, so nothing is
 * dropped silently. Not thread-safe.
 */
public final class RisReader extends LookaheadSource {

    /** The reason given to text outside any record. */
    static final String OUTSIDE = "text outside any record (a RIS record starts with 'TY  - ')";
    private static final Pattern TAG = Pattern.compile("([A-Z][A-Z0-9]) {1,2}-(?:[ \\t](.*))?\\s*");
    private static final Pattern TAG_ER = Pattern.compile("[\\s\\uFEFF]*ER {1,2}-.*");
    private static final Pattern LEADING = Pattern.compile("^[\\s\\uFEFF]+");

    private final Utf8LineReader input;
    private RisEntry entry;
    private RecordLines recordLines;
    private boolean keepLines;
    private List<String> lines = new ArrayList<>();
    private List<String> lastLines = List.of();

    /** Reads {@code in} (closed by {@link #close()}); {@code name} is used in sources and rejects. */
    public RisReader(InputStream in, String name) {
        super(name);
        this.input = new Utf8LineReader(new LineEndings(in));
    }

    /** Opens {@code file}; its path as given is the {@link #name()}. */
    public static RisReader open(Path file) throws IOException {
        return new RisReader(Files.newInputStream(file), file.toString());
    }

    @Override
    Ingested readNext() throws IOException {
        Utf8LineReader.Line line;
        while ((line = input.next()) != null) {
            String text = LEADING.matcher(line.text()).replaceFirst("");
            Matcher m = TAG.matcher(text);
            String tag = m.matches() ? m.group(1) : null;
            Ingested done = null;
            if ("TY".equals(tag)) {
                done = finish();
                begin(line);
                entry.add(tag, m.group(2) == null ? "" : m.group(2));
            } else if ("ER".equals(tag) && entry != null) {
                keep(line);
                done = finish();
            } else if (entry != null) {
                keep(line);
                if (tag != null) {
                    entry.add(tag, m.group(2) == null ? "" : m.group(2));
                } else if (!text.isBlank()) {
                    entry.continueLast(text);
                }
            } else if (!text.isBlank()) {
                done = stray(line);
            }
            if (done != null) {
                return done;
            }
        }
        return finish();
    }

    /**
     * From now on, keeps the lines of each record so that {@link #lastRecordLines()} can give them:
     * a writer can then copy a record whole (authors and all). Call before reading.
     */
    public void keepRecordLines() {
        keepLines = true;
    }

    /**
     * The lines of the record this reader finished last, from its {@code TY} line to the line before
     * its {@code ER} (blank lines left out); empty unless {@link #keepRecordLines()} was called. With
     * a source's one item of lookahead, that is the record just returned by {@code next()}.
     */
    public List<String> lastRecordLines() {
        return lastLines;
    }

    private void begin(Utf8LineReader.Line line) {
        entry = new RisEntry();
        recordLines = new RecordLines(line.number());
        keep(line);
        if (keepLines) {
            lines = new ArrayList<>();
            lines.add(LEADING.matcher(line.text()).replaceFirst(""));
        }
    }

    private void keep(Utf8LineReader.Line line) {
        if (keepLines && entry != null && !lines.isEmpty() && !line.text().isBlank() && recordLines.start() != line.number()
                && !TAG_ER.matcher(line.text()).matches()) {
            lines.add(line.text());
        }
        recordLines.keep(line);
    }

    /** The current record as an item, or null when there is none. */
    private Ingested finish() {
        if (entry == null) {
            return null;
        }
        RisEntry e = entry;
        entry = null;
        lastLines = keepLines ? List.copyOf(lines) : List.of();
        return recordLines.finish(name(), e::toDraft);
    }

    private Ingested stray(Utf8LineReader.Line line) {
        String why = line.valid() ? OUTSIDE : invalidUtf8(line.number());
        return new Ingested.Rejected(new Reject(name(), line.number(), why, cut(line.text())));
    }

    /** The reason for a line that is not UTF-8, with the likely cause. */
    static String invalidUtf8(long line) {
        return "invalid UTF-8 at line " + line + " (the file is probably in Latin-1 or Windows-1252: save it as UTF-8)";
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
