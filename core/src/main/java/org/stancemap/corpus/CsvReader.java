package org.stancemap.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams a CSV file with a header row (RFC 4180: quoted fields may hold separators, quotes and
 * line breaks), one record per row, through Jackson CSV. The separator is a comma unless given
 * ({@link #sniffDelimiter(byte[])} finds it from the header row).
 *
 * <p>Columns are found by name, case-insensitively ({@link CsvColumns}: Scopus, Zotero and the
 * project's own names); other columns are ignored. Empty cells read as null. {@link SourceRef#line()}
 * is the line where the row starts. A row with more fields than the header is read when the excess
 * fields are empty (trailing separators), or when the header is a Scopus export's (it has
 * {@code EID} and {@code Source title} columns): Scopus writes an unlabelled cell after its funding
 * text, so the columns up to the last {@code Funding Text} column (without one: the header's first
 * half) are read from the left and the others from the right, and only the unlabelled cell is lost. Any other row with a field count other
 * than the header's, neither text nor title (a row with only a title is title-only: the title is its
 * text too, {@link AbstractRecord#textOrTitle}), a bad {@code citations} or
 * {@code published} value, a CSV syntax error, or invalid UTF-8 on any of its lines is
 * {@link Ingested.Rejected} with its first line and raw text, and reading goes on (after an
 * unclosed quote there is nothing left to read). Not thread-safe.
 */
public final class CsvReader extends LookaheadSource {

    private static final Pattern COUNT = Pattern.compile("(\\d+)(\\.0*)?");
    private static final int MAX_CONSECUTIVE_ERRORS = 1_000;
    // the parser must not close the input at its end: Corpora reads on to digest the whole file
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

    private final RetainingLineReader chars;
    private final CsvParser parser;
    private final CsvColumns columns;

    /**
     * Reads {@code in} (closed by {@link #close()}) and its header row.
     *
     * @throws CorpusFormatException when the header is missing, not valid UTF-8, or has no
     *                               {@code text} or {@code abstract} column
     */
    public CsvReader(InputStream in, String name) throws IOException {
        this(in, name, ',');
    }

    /** As {@link #CsvReader(InputStream, String)}, with fields separated by {@code delimiter}. */
    public CsvReader(InputStream in, String name, char delimiter) throws IOException {
        super(name);
        this.chars = new RetainingLineReader(in);
        try {
            this.parser = MAPPER.getFactory().createParser(chars);
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(delimiter));
            Row header = readRow();
            if (header == null) {
                throw new CorpusFormatException(name + ": empty file (expected a header row with a 'text' or 'abstract' column)");
            }
            if (header.problem != null) {
                throw new CorpusFormatException(name + ":" + header.line + ": cannot read the header row: " + header.problem);
            }
            this.columns = CsvColumns.of(name, header.values);
            chars.release(header.lastLine + 1);
        } catch (IOException | RuntimeException e) {
            chars.close();
            throw e;
        }
    }

    /** Opens {@code file}; its path as given is the {@link #name()}. */
    public static CsvReader open(Path file) throws IOException {
        return new CsvReader(Files.newInputStream(file), file.toString());
    }

    @Override
    Ingested readNext() throws IOException {
        Row row = readRow();
        while (row != null && row.problem == null && row.values.size() == 1 && row.values.get(0).isBlank()) {
            chars.release(row.lastLine + 1); // a blank line, which SKIP_EMPTY_LINES does not always catch
            row = readRow();
        }
        if (row == null) {
            return null;
        }
        String problem = row.problem;
        AbstractRecord record = null;
        List<String> values = row.values;
        if (problem == null && values.size() > columns.size()) {
            values = aligned(values);
        }
        if (problem == null && values.size() != columns.size()) {
            problem = "expected " + columns.size() + " fields as in the header, found " + row.values.size();
        }
        if (problem == null) {
            try {
                record = toRecord(new Row(values, row.line, row.lastLine, null));
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
        }
        String raw = cut(chars.text(row.line, row.lastLine));
        chars.release(row.lastLine + 1);
        return problem == null ? new Ingested.Accepted(record)
                : new Ingested.Rejected(new Reject(name(), row.line, problem, raw));
    }

    /** {@code values} without empty trailing excess, then with the excess cut from the middle. */
    private List<String> aligned(List<String> values) {
        int n = columns.size();
        int end = values.size();
        while (end > n && (values.get(end - 1) == null || values.get(end - 1).isEmpty())) {
            end--;
        }
        if (end == n) {
            return values.subList(0, n);
        }
        if (!columns.isScopus()) {
            return values;
        }
        int excess = end - n;
        int split = columns.splitPoint();
        List<String> out = new ArrayList<>(values.subList(0, split));
        out.addAll(values.subList(split + excess, end));
        return out;
    }

    /**
     * The separator of the header row at the start of {@code head}: comma, semicolon or tab,
     * whichever occurs most often outside double quotes (comma on a tie or when there is none).
     */
    public static char sniffDelimiter(byte[] head) {
        String s = new String(head, java.nio.charset.StandardCharsets.UTF_8);
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        return tab > comma && tab >= semicolon ? '\t' : semicolon > comma ? ';' : ',';
    }

    private AbstractRecord toRecord(Row row) {
        List<String> v = row.values;
        String text = columns.get(v, "text");
        if (text == null) {
            text = columns.get(v, "abstract");
        }
        text = AbstractRecord.textOrTitle(text, columns.get(v, "title"));
        if (text == null) {
            throw new IllegalArgumentException("empty text: no content in the 'text', 'abstract' or 'title' column");
        }
        String published = columns.get(v, "published");
        if (published != null) {
            try {
                published = PublicationDate.normalise(published);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("column '" + columns.header("published") + "': " + e.getMessage());
            }
        }
        return new AbstractRecord(columns.get(v, "id"), columns.get(v, "doi"), columns.get(v, "title"),
                columns.get(v, "type"), published, columns.get(v, "venue"), citations(columns.get(v, "citations")),
                text, columns.get(v, "label"), columns.get(v, "work"), new SourceRef(name(), row.line));
    }

    private static Integer citations(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = COUNT.matcher(s.strip());
        try {
            if (m.matches()) {
                return Integer.valueOf(m.group(1));
            }
        } catch (NumberFormatException e) {
            // out of int range: reported below
        }
        throw new IllegalArgumentException("column 'citations' must be a non-negative integer, found '" + s + "'");
    }

    /** One row: its values, the lines it spans, and the first problem met while parsing it. */
    private record Row(List<String> values, long line, long lastLine, String problem) {}

    private Row readRow() throws IOException {
        List<String> values = new ArrayList<>();
        String problem = null;
        long start = -1;
        int errors = 0;
        while (true) {
            JsonToken t;
            try {
                t = parser.nextToken();
                errors = 0;
            } catch (JsonProcessingException e) {
                if (++errors > MAX_CONSECUTIVE_ERRORS) {
                    throw new CorpusFormatException(name() + ":" + parser.currentLocation().getLineNr()
                            + ": cannot recover from CSV syntax errors: " + e.getOriginalMessage());
                }
                problem = problem != null ? problem : "CSV syntax error: " + e.getOriginalMessage();
                start = start < 0 ? parser.currentLocation().getLineNr() : start;
                continue;
            }
            if (t == null) {
                return start < 0 ? null : finish(values, start, parser.currentLocation().getLineNr(), problem);
            }
            if (t == JsonToken.VALUE_STRING) {
                start = start < 0 ? parser.currentTokenLocation().getLineNr() : start;
                values.add(parser.getText());
            } else if (t == JsonToken.END_ARRAY && start >= 0) {
                // the parser has consumed the row's line break: the row ends on the line before
                return finish(values, start, Math.max(start, parser.currentLocation().getLineNr() - 1), problem);
            }
        }
    }

    private Row finish(List<String> values, long start, long last, String problem) {
        long invalid = chars.firstInvalid(start, last);
        return new Row(values, start, last, invalid > 0 ? "invalid UTF-8 at line " + invalid : problem);
    }

    @Override
    public void close() throws IOException {
        parser.close();
        chars.close();
    }
}
