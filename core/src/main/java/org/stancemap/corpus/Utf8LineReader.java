package org.stancemap.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream on {@code '\n'} and decodes each line as strict UTF-8, so that one bad byte
 * costs one line (and the record holding it) instead of the whole file or, worse, a silent
 * replacement character. A trailing {@code '\r'} is dropped and a leading byte-order mark is
 * stripped. Streams: holds one line at a time. Not thread-safe.
 */
final class Utf8LineReader implements Closeable {

    /**
     * One physical line.
     *
     * @param number 1-based line number
     * @param text   the decoded line; for an invalid line, decoded with U+FFFD replacements
     * @param valid  false when the line's bytes are not valid UTF-8
     */
    record Line(long number, String text, boolean valid) {}

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[1 << 12];
    private long number;
    private boolean eof;

    Utf8LineReader(InputStream in) {
        this.in = in;
    }

    /** The next line that is not blank or not valid UTF-8 (blank lines skipped), or {@code null} at the end. */
    Line nextNonBlank() throws IOException {
        Line line;
        do {
            line = next();
        } while (line != null && line.valid() && line.text().isBlank());
        return line;
    }

    /** The next line, or {@code null} at the end of the stream. */
    Line next() throws IOException {
        if (eof) {
            return null;
        }
        int length = 0;
        boolean sawAny = false;
        while (true) {
            if (position == limit && !fill()) {
                eof = true;
                if (!sawAny) {
                    return null;
                }
                break;
            }
            sawAny = true;
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            int n = end - position;
            if (length + n > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
            }
            System.arraycopy(buffer, position, line, length, n);
            length += n;
            position = end;
            if (end < limit) {
                position++; // past the '\n'
                break;
            }
        }
        number++;
        int start = 0;
        if (number == 1 && length >= 3 && Arrays.equals(line, 0, 3, BOM, 0, 3)) {
            start = 3;
        }
        if (length > start && line[length - 1] == '\r') {
            length--;
        }
        return decode(start, length);
    }

    /** Number of lines returned so far. */
    long lineNumber() {
        return number;
    }

    private Line decode(int start, int end) {
        try {
            String text = decoder.reset().decode(ByteBuffer.wrap(line, start, end - start)).toString();
            return new Line(number, text, true);
        } catch (CharacterCodingException e) {
            return new Line(number, new String(line, start, end - start, StandardCharsets.UTF_8), false);
        }
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
