package org.stancemap.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams the Web of Science tab-delimited export: a header row of two-character field tags
 * ({@code PT AU ... TI SO ... AB ... UT}), then one record per line, fields separated by tabs and
 * never quoted (a quote is text). A trailing tab after the last field is ignored; a missing field
 * at the end is empty. Fields: {@link WosFields}. UTF-16 files are re-encoded before they get here
 * ({@link InputBytes}); line endings LF, CRLF or CR; a byte-order mark is skipped. A row without
 * abstract is title-only; without either, or not valid UTF-8, it is {@link Ingested.Rejected}, as
 * is a row with more fields than the header. Not thread-safe.
 */
public final class WosTabReader extends LookaheadSource {

    private final Utf8LineReader lines;
    private final Map<String, Integer> columns = new HashMap<>();
    private final int width;

    /**
     * Reads {@code in} (closed by {@link #close()}) and its header row.
     *
     * @throws CorpusFormatException when the first line is not a header of field tags
     */
    public WosTabReader(InputStream in, String name) throws IOException {
        super(name);
        this.lines = new Utf8LineReader(new LineEndings(in));
        Utf8LineReader.Line header = lines.next();
        List<String> tags = header == null ? List.of() : Arrays.asList(header.text().replace("\uFEFF", "").split("\t", -1));
        if (header == null || !header.valid() || !"PT".equals(tags.get(0).strip())) {
            lines.close();
            throw new CorpusFormatException(name + ":1: expected a Web of Science header row of tab-separated field tags"
                    + " starting 'PT', found '" + (header == null ? "" : cut(header.text())) + "'");
        }
        int n = tags.size();
        while (n > 0 && tags.get(n - 1).isBlank()) {
            n--;
        }
        for (int i = 0; i < n; i++) {
            columns.putIfAbsent(tags.get(i).strip(), i);
        }
        this.width = n;
    }

    /** True when the first line of {@code head} is a tab-separated header of field tags. */
    static boolean isTabDelimited(byte[] head) {
        String s = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        return s.startsWith("PT\t");
    }

    @Override
    Ingested readNext() throws IOException {
        Utf8LineReader.Line line = lines.nextNonBlank();
        if (line == null) {
            return null;
        }
        if (!line.valid()) {
            return reject(line, RisReader.invalidUtf8(line.number()));
        }
        String[] fields = line.text().split("\t", -1);
        int n = fields.length;
        while (n > width && fields[n - 1].isEmpty()) {
            n--;
        }
        if (n > width) {
            return reject(line, "expected at most " + width + " tab-separated fields as in the header, found " + n);
        }
        RecordDraft draft = WosFields.draft(tag -> {
            Integer i = columns.get(tag);
            return i == null || i >= fields.length ? null : fields[i];
        });
        return draft.toIngested(name(), line.number(), line.text());
    }

    private Ingested reject(Utf8LineReader.Line line, String reason) {
        return new Ingested.Rejected(new Reject(name(), line.number(), reason, cut(line.text())));
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
