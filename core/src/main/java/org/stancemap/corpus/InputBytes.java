package org.stancemap.corpus;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.commons.io.input.ReaderInputStream;

/**
 * Turns an input file (or standard input, named {@code -}) into a UTF-8 byte stream that the readers
 * can parse: gzip is undone when the stream starts with the gzip magic bytes, whatever the file is
 * called; UTF-16 (told by its byte-order mark, or by NUL bytes in the first 4 KiB) is re-encoded to
 * UTF-8. Other encodings are not guessed: the readers reject each line that is not UTF-8, and a
 * file whose first 64 KiB hold such bytes but no UTF-8 multi-byte sequence gets a note saying that
 * it is probably Latin-1 or Windows-1252. What was done or suspected is in {@link Opened#note()}.
 * Stateless and thread-safe.
 */
public final class InputBytes {

    /** The name that means standard input. */
    public static final String STDIN = "-";

    static final int HEAD = 1 << 16;

    /**
     * An opened input.
     *
     * @param in   UTF-8 bytes, supporting {@code mark}/{@code reset} over at least {@value #HEAD} bytes
     * @param note what was converted (e.g. {@code gzip, UTF-16LE}), or null when nothing was
     */
    public record Opened(BufferedInputStream in, String note) {}

    private InputBytes() {}

    /** Opens {@code file}, or standard input when it is {@code -} (which {@link Opened#in()} does not close). */
    public static Opened open(Path file) throws IOException {
        if (isStdin(file)) {
            return open(new FilterInputStream(System.in) {
                @Override
                public void close() {
                    // standard input belongs to the process
                }
            });
        }
        return open(Files.newInputStream(file));
    }

    /** True when {@code file} names standard input. */
    public static boolean isStdin(Path file) {
        return STDIN.equals(file.toString());
    }

    /** Decodes {@code raw}, which the result closes; {@code raw} is closed here if this throws. */
    public static Opened open(InputStream raw) throws IOException {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, HEAD);
            StringBuilder note = new StringBuilder();
            byte[] head = peek(in, 2);
            if (head.length == 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
                in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), HEAD);
                note.append("gzip");
            }
            head = peek(in, HEAD);
            Charset charset = charsetOf(head);
            if (charset == null && looksLikeLatin1(head)) {
                note.append(note.length() > 0 ? ", " : "").append("not UTF-8 (probably Latin-1 or Windows-1252): "
                        + "records on lines that are not UTF-8 are rejected; save the file as UTF-8 and read it again");
            } else if (charset != null) {
                Reader chars = new InputStreamReader(in, charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
                in = new BufferedInputStream(ReaderInputStream.builder().setReader(chars)
                        .setCharset(StandardCharsets.UTF_8).get(), HEAD);
                note.append(note.length() > 0 ? ", " : "").append("decoded as ").append(charset.name());
            }
            return new Opened(in, note.length() == 0 ? null : note.toString());
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** UTF-16LE or UTF-16BE when {@code head} is UTF-16, else null. */
    static Charset charsetOf(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE; // the BOM itself decodes to U+FEFF, which the line readers drop
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < Math.min(head.length, 4096); i++) {
            if (head[i] == 0) {
                if (i % 2 == 0) {
                    evenNul++;
                } else {
                    oddNul++;
                }
            }
        }
        int pairs = Math.min(head.length, 4096) / 2;
        if (pairs > 0 && oddNul > pairs / 4 && oddNul > 4 * evenNul) {
            return StandardCharsets.UTF_16LE;
        }
        if (pairs > 0 && evenNul > pairs / 4 && evenNul > 4 * oddNul) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Bytes that are not UTF-8, and not one valid multi-byte UTF-8 sequence among them. */
    static boolean looksLikeLatin1(byte[] head) {
        int end = head.length;
        if (end == HEAD) {
            // the head may cut a sequence in two: ignore its last few bytes
            end -= 4;
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
        boolean invalid = false;
        int i = 0;
        while (i < end) {
            int b = head[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int len = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 1;
            if (len > 1 && i + len <= head.length && decodes(utf8, head, i, len)) {
                return false;
            }
            invalid = true;
            i++;
        }
        return invalid;
    }

    private static boolean decodes(CharsetDecoder utf8, byte[] b, int off, int len) {
        try {
            CharBuffer out = CharBuffer.allocate(4);
            return !utf8.reset().decode(ByteBuffer.wrap(b, off, len), out, true).isError();
        } finally {
            utf8.reset();
        }
    }

    /** Up to {@code n} bytes from the start of {@code in}, which is reset to where it was. */
    static byte[] peek(BufferedInputStream in, int n) throws IOException {
        in.mark(n);
        byte[] buf = in.readNBytes(n);
        in.reset();
        return buf;
    }
}
