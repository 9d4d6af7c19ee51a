package org.stancemap.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.stream.Collectors;

/**
 * A {@link Reader} over strictly decoded UTF-8 lines (see {@link Utf8LineReader}) for parsers that
 * take characters, such as Jackson CSV. Each line is handed on followed by {@code '\n'}; a line with
 * invalid bytes is handed on with replacement characters (which cannot be CSV quotes or
 * separators, so the structure of the file survives) and remembered as invalid. The lines that the
 * parser has read ahead stay retained until {@link #release(long)}, so a caller can ask for the raw
 * text and validity of the record it has just parsed. Not thread-safe.
 */
final class RetainingLineReader extends Reader {

    private final Utf8LineReader lines;
    private final ArrayDeque<Utf8LineReader.Line> retained = new ArrayDeque<>();
    private String current = "";
    private int offset;
    private boolean eof;

    RetainingLineReader(InputStream in) {
        this.lines = new Utf8LineReader(in);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (offset == current.length()) {
            if (eof) {
                return -1;
            }
            Utf8LineReader.Line line = lines.next();
            if (line == null) {
                eof = true;
                return -1;
            }
            retained.addLast(line);
            current = line.text() + "\n";
            offset = 0;
        }
        int n = Math.min(len, current.length() - offset);
        current.getChars(offset, offset + n, cbuf, off);
        offset += n;
        return n;
    }

    /** Forgets the retained lines numbered below {@code line}. */
    void release(long line) {
        while (!retained.isEmpty() && retained.peekFirst().number() < line) {
            retained.pollFirst();
        }
    }

    /** The first invalid line in {@code [from, to]} among the retained lines, or 0 when all are valid. */
    long firstInvalid(long from, long to) {
        for (Utf8LineReader.Line l : retained) {
            if (l.number() >= from && l.number() <= to && !l.valid()) {
                return l.number();
            }
        }
        return 0;
    }

    /** The retained lines {@code [from, to]} joined with {@code '\n'}. */
    String text(long from, long to) {
        return retained.stream().filter(l -> l.number() >= from && l.number() <= to)
                .map(Utf8LineReader.Line::text).collect(Collectors.joining("\n"));
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
