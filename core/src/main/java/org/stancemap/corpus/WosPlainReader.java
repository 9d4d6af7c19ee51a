package org.stancemap.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams the Web of Science plain-text ("field-tagged") export ({@code savedrecs.txt},
 * {@code .ciw}): a {@code FN}/{@code VR} header, then records from {@code PT} to {@code ER}, and
 * {@code EF} at the end. A line is a two-character tag, a space and a value; a line starting with
 * three spaces continues the tag above (a further author, or more of a title or abstract, joined
 * with a space). A new {@code PT}, {@code EF} or the end of the input also ends a record, so a
 * missing {@code ER} loses nothing. Fields: {@link WosFields}. A record without abstract is
 * title-only; without either, or with a line that is not UTF-8, it is {@link Ingested.Rejected},
 * as is other text outside records. Line endings LF, CRLF or CR; a byte-order mark is skipped. Not
 * thread-safe.
 */
public final class WosPlainReader extends LookaheadSource {

    private static final Pattern TAG = Pattern.compile("([A-Z][A-Z0-9])(?: (.*))?");

    private final Utf8LineReader lines;
    private Map<String, String> record;
    private RecordLines recordLines;
    private String lastTag;

    /** Reads {@code in} (closed by {@link #close()}); {@code name} is used in sources and rejects. */
    public WosPlainReader(InputStream in, String name) {
        super(name);
        this.lines = new Utf8LineReader(new LineEndings(in));
    }

    @Override
    Ingested readNext() throws IOException {
        Utf8LineReader.Line line;
        while ((line = lines.next()) != null) {
            String text = line.text().replace("\uFEFF", "");
            Matcher m = TAG.matcher(text);
            String tag = text.startsWith(" ") || !m.matches() ? null : m.group(1);
            Ingested done = null;
            if ("PT".equals(tag)) {
                done = finish();
                begin(line);
            } else if (("ER".equals(tag) || "EF".equals(tag)) && record != null) {
                keep(line);
                done = finish();
            } else if (record == null) {
                if (!text.isBlank() && !"FN".equals(tag) && !"VR".equals(tag) && !"EF".equals(tag) && !"ER".equals(tag)) {
                    return new Ingested.Rejected(new Reject(name(), line.number(), line.valid()
                            ? "text outside any record (a Web of Science record starts with 'PT ')"
                            : RisReader.invalidUtf8(line.number()), cut(text)));
                }
                continue;
            }
            if (record != null) {
                if (tag != null || !text.isBlank()) {
                    add(tag, tag != null ? m.group(2) : text);
                }
                keep(line);
            }
            if (done != null) {
                return done;
            }
        }
        return finish();
    }

    private void begin(Utf8LineReader.Line line) {
        record = new HashMap<>();
        lastTag = null;
        recordLines = new RecordLines(line.number());
    }

    private void add(String tag, String value) {
        String v = value == null ? "" : value.strip();
        if (tag == null) {
            if (lastTag != null) {
                record.merge(lastTag, v, (a, b) -> a.isEmpty() ? b : a + " " + b);
            }
            return;
        }
        lastTag = tag;
        record.putIfAbsent(tag, v);
    }

    private void keep(Utf8LineReader.Line line) {
        recordLines.keep(line);
    }

    private Ingested finish() {
        if (record == null) {
            return null;
        }
        Map<String, String> r = record;
        record = null;
        return recordLines.finish(name(), () -> WosFields.draft(r::get));
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
