package org.stancemap.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams PubMed's MEDLINE format ({@code .nbib}, "Send to: Citation manager"): a record starts at
 * its {@code PMID- } line; a line is a tag of up to four letters padded to four, {@code "- "} and
 * a value, and an indented line continues the value above. Fields: id {@code PMID}; title
 * {@code TI} (books: {@code BTI}); abstract {@code AB}; DOI from {@code LID} or {@code AID} marked
 * {@code [doi]}; date {@code DP}, else {@code DEP}; venue {@code JT}, else {@code TA}; type the
 * first {@code PT}. A record without abstract is title-only; without either, or with a line that
 * is not UTF-8, it is {@link Ingested.Rejected}, as is text before the first record. Line endings
 * LF, CRLF or CR. Not thread-safe.
 */
public final class MedlineReader extends LookaheadSource {

    private static final Pattern TAG = Pattern.compile("([A-Z][A-Z0-9]{1,3}) *- ?(.*)");
    private static final Pattern DOI = Pattern.compile("(\\S+)\\s*\\[doi\\]");

    private final Utf8LineReader input;
    private Map<String, String> record;
    private RecordLines lines;
    private String lastTag;

    /** Reads {@code in} (closed by {@link #close()}); {@code name} is used in sources and rejects. */
    public MedlineReader(InputStream in, String name) {
        super(name);
        this.input = new Utf8LineReader(new LineEndings(in));
    }

    @Override
    Ingested readNext() throws IOException {
        Utf8LineReader.Line line;
        while ((line = input.next()) != null) {
            String text = line.text().replace("\uFEFF", "");
            Matcher m = TAG.matcher(text);
            boolean tagged = !text.startsWith(" ") && m.matches();
            if (tagged && m.group(1).equals("PMID")) {
                Ingested done = finish();
                begin(line);
                add(m.group(1), m.group(2));
                if (done != null) {
                    return done;
                }
            } else if (record != null) {
                keep(line);
                if (tagged) {
                    add(m.group(1), m.group(2));
                } else if (!text.isBlank() && lastTag != null) {
                    record.merge(lastTag, text.strip(), (a, b) -> a.isEmpty() ? b : a + " " + b);
                }
            } else if (!text.isBlank()) {
                return new Ingested.Rejected(new Reject(name(), line.number(), line.valid()
                        ? "text outside any record (a MEDLINE record starts with 'PMID- ')"
                        : RisReader.invalidUtf8(line.number()), cut(text)));
            }
        }
        return finish();
    }

    private void begin(Utf8LineReader.Line line) {
        record = new HashMap<>();
        lines = new RecordLines(line.number());
        keep(line);
    }

    private void add(String tag, String value) {
        lastTag = tag;
        String v = value.strip();
        Matcher doi = DOI.matcher(v);
        if ((tag.equals("LID") || tag.equals("AID")) && doi.matches()) {
            record.putIfAbsent("doi", doi.group(1));
        }
        record.putIfAbsent(tag, v);
        if (!record.get(tag).equals(v)) {
            lastTag = null; // continuation lines of a repeated tag's later values are not kept
        }
    }

    private void keep(Utf8LineReader.Line line) {
        lines.keep(line);
    }

    private Ingested finish() {
        if (record == null) {
            return null;
        }
        Map<String, String> r = record;
        record = null;
        lastTag = null;
        return lines.finish(name(), () -> draft(r));
    }

    private static RecordDraft draft(Map<String, String> r) {
        RecordDraft d = new RecordDraft();
        d.set(RecordDraft.Field.ID, r.get("PMID"));
        d.set(RecordDraft.Field.DOI, r.get("doi"));
        d.set(RecordDraft.Field.TITLE, r.get("TI"));
        d.set(RecordDraft.Field.TITLE, r.get("BTI"));
        d.set(RecordDraft.Field.ABSTRACT, r.get("AB"));
        d.set(RecordDraft.Field.PUBLISHED, PublicationDate.lenient(r.get("DP")));
        d.set(RecordDraft.Field.PUBLISHED, PublicationDate.lenient(r.get("DEP")));
        d.set(RecordDraft.Field.VENUE, r.get("JT"));
        d.set(RecordDraft.Field.VENUE, r.get("TA"));
        d.set(RecordDraft.Field.TYPE, r.get("PT"));
        return d;
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
