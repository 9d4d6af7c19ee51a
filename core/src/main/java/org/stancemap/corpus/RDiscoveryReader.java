package org.stancemap.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Streams the text export of an R Discovery results page.
 *
 * <p>Layout: the page title as a header line (repeated any number of times, and again at page
 * breaks), then entries of the form {@code - <Type>}, an optional line with only the citation count,
 * {@code - <DOI>}, {@code - <date>}, an optional {@code - <Venue>}, and a body of one or more lines
 * up to the next entry. An entry starts at any {@code - } line followed by an optional count line and
 * a line starting {@code - 10.}. Lines equal to the header are skipped wherever they occur; so an
 * entry whose only body line equals the page title is read as having no body.
 *
 * <p>The record id is the DOI (the format has no other). A one-line body that reads as a title
 * (see {@link #looksLikeTitle(String)}) fills both {@code title} and {@code text}; otherwise
 * {@code title} is null. An entry with no body, a malformed DOI, a missing or malformed date, or a
 * line that is not valid UTF-8 is {@link Ingested.Rejected}, and reading goes on. Text outside any
 * entry (other than the header) is rejected too, so nothing is dropped silently. Not thread-safe.
 */
public final class RDiscoveryReader extends LookaheadSource {

    private static final Pattern COUNT = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+");
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}(\\.\\d+)*/\\S+");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?]\\s+\\p{Lu}");
    private static final int MAX_TITLE_CHARS = 300;

    private final Utf8LineReader lines;
    private final ArrayDeque<Utf8LineReader.Line> ahead = new ArrayDeque<>();
    private String header;
    private boolean seenContent;

    /** Reads {@code in} (closed by {@link #close()}); {@code name} is used in sources and rejects. */
    public RDiscoveryReader(InputStream in, String name) {
        super(name);
        this.lines = new Utf8LineReader(in);
    }

    /** Opens {@code file}; its path as given is the {@link #name()}. */
    public static RDiscoveryReader open(Path file) throws IOException {
        return new RDiscoveryReader(Files.newInputStream(file), file.toString());
    }

    /**
     * True when a one-line body is a bare title rather than an abstract: at most 300 characters,
     * no final period and no sentence break inside.
     */
    static boolean looksLikeTitle(String body) {
        return body.indexOf('\n') < 0 && body.length() <= MAX_TITLE_CHARS && !body.endsWith(".")
                && !SENTENCE_BREAK.matcher(body).find();
    }

    @Override
    Ingested readNext() throws IOException {
        while (true) {
            Utf8LineReader.Line line = peek(0);
            if (line == null) {
                return null;
            }
            if (isHeader(line)) {
                pull();
            } else if (isEntryStart(0)) {
                seenContent = true;
                return readEntry();
            } else if (!seenContent && header == null && line.valid()) {
                header = line.text().strip();
                pull();
            } else {
                seenContent = true;
                return readStray();
            }
        }
    }

    private Ingested readEntry() throws IOException {
        List<Utf8LineReader.Line> consumed = new ArrayList<>();
        Utf8LineReader.Line typeLine = take(consumed);
        String problem = null;
        Integer citations = null;
        if (isCount(peek(0))) {
            Utf8LineReader.Line count = take(consumed);
            try {
                citations = Integer.valueOf(count.text().strip().replace(",", ""));
            } catch (NumberFormatException e) {
                problem = "citation count '" + count.text().strip() + "' at line " + count.number() + " is out of range";
            }
        }
        Utf8LineReader.Line doiLine = take(consumed);
        String doi = value(doiLine);
        if (problem == null && !DOI.matcher(doi).matches()) {
            problem = "malformed DOI '" + doi + "' at line " + doiLine.number() + " (expected 10.<registrant>/<suffix>)";
        }
        String published = null;
        if (isFieldAhead()) {
            Utf8LineReader.Line dateLine = take(consumed);
            try {
                published = PublicationDate.normalise(value(dateLine));
            } catch (IllegalArgumentException e) {
                problem = problem != null ? problem : e.getMessage() + " at line " + dateLine.number();
            }
        } else if (problem == null) {
            problem = "missing date line after the DOI at line " + doiLine.number();
        }
        String venue = isFieldAhead() ? value(take(consumed)) : null;
        List<String> body = new ArrayList<>();
        while (peek(0) != null && !isEntryStart(0)) {
            Utf8LineReader.Line line = take(consumed);
            if (!isHeader(line)) {
                body.add(line.text().strip());
            }
        }
        problem = firstInvalid(consumed, problem);
        if (problem == null && body.isEmpty()) {
            problem = "entry has no body (abstract or title) after its type, DOI and date lines";
        }
        if (problem != null) {
            return new Ingested.Rejected(new Reject(name(), typeLine.number(), problem, raw(consumed)));
        }
        String text = String.join("\n", body);
        String title = looksLikeTitle(text) ? text : null;
        return new Ingested.Accepted(new AbstractRecord(doi, doi, title, emptyToNull(value(typeLine)), published,
                emptyToNull(venue), citations, text, null, null, new SourceRef(name(), typeLine.number())));
    }

    /** Lines up to the next entry, as one reject; only their start is kept, as the file may be all stray text. */
    private Ingested readStray() throws IOException {
        Utf8LineReader.Line first = pull();
        StringBuilder raw = new StringBuilder(first.text());
        long invalid = first.valid() ? 0 : first.number();
        while (peek(0) != null && !isEntryStart(0)) {
            Utf8LineReader.Line line = pull();
            invalid = invalid == 0 && !line.valid() ? line.number() : invalid;
            if (raw.length() <= MAX_RAW) {
                raw.append('\n').append(line.text());
            }
        }
        String problem = invalid > 0 ? "invalid UTF-8 at line " + invalid
                : "text outside any entry (an entry starts with '- <Type>', an optional citation count, then '- 10.<DOI>')";
        return new Ingested.Rejected(new Reject(name(), first.number(), problem, cut(raw.toString())));
    }

    private static String firstInvalid(List<Utf8LineReader.Line> consumed, String otherwise) {
        for (Utf8LineReader.Line l : consumed) {
            if (!l.valid()) {
                return "invalid UTF-8 at line " + l.number();
            }
        }
        return otherwise;
    }

    private boolean isEntryStart(int i) throws IOException {
        Utf8LineReader.Line line = peek(i);
        if (line == null || !isDash(line)) {
            return false;
        }
        Utf8LineReader.Line next = peek(i + 1);
        if (isCount(next)) {
            next = peek(i + 2);
        }
        return next != null && next.text().strip().startsWith("- 10.");
    }

    /** True when the next line is a {@code - } line of the current entry (date or venue), not the next entry. */
    private boolean isFieldAhead() throws IOException {
        Utf8LineReader.Line line = peek(0);
        return line != null && isDash(line) && !isHeader(line) && !isEntryStart(0);
    }

    private boolean isHeader(Utf8LineReader.Line line) {
        return header != null && line.valid() && line.text().strip().equals(header);
    }

    private static boolean isDash(Utf8LineReader.Line line) {
        return line.text().strip().startsWith("- ");
    }

    private static boolean isCount(Utf8LineReader.Line line) {
        return line != null && COUNT.matcher(line.text().strip()).matches();
    }

    private static String value(Utf8LineReader.Line line) {
        String s = line.text().strip();
        return s.startsWith("- ") ? s.substring(2).strip() : s;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String raw(List<Utf8LineReader.Line> consumed) {
        return cut(consumed.stream().map(Utf8LineReader.Line::text).collect(Collectors.joining("\n")));
    }

    /** Line {@code i} ahead of the cursor, skipping blank lines; {@code null} past the end. */
    private Utf8LineReader.Line peek(int i) throws IOException {
        while (ahead.size() <= i) {
            Utf8LineReader.Line line = lines.next();
            if (line == null) {
                return null;
            }
            if (!line.text().isBlank()) {
                ahead.addLast(line);
            }
        }
        if (i == 0) {
            return ahead.peekFirst();
        }
        int k = 0;
        for (Utf8LineReader.Line line : ahead) {
            if (k++ == i) {
                return line;
            }
        }
        throw new AssertionError("unreachable");
    }

    private Utf8LineReader.Line pull() throws IOException {
        peek(0);
        return ahead.pollFirst();
    }

    private Utf8LineReader.Line take(List<Utf8LineReader.Line> consumed) throws IOException {
        Utf8LineReader.Line line = pull();
        consumed.add(line);
        return line;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
