package org.stancemap.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Why a file may yield no records: a guess from its first {@value #HEAD} bytes at the likely cause
 * (encoding, compression, or another format than the one it is read as), in words a user can act
 * on. Used when a non-empty input gives no accepted record, and to tell whether what a reader
 * rejected were records or only lines of an undecodable file.
 *
 * @param cause what the file is, as the end of a sentence starting with the file name, e.g.
 *              {@code is gzip-compressed (it starts with the bytes 1f 8b): decompress it first}
 * @param kind  what is wrong: see {@link Kind}
 */
public record InputDiagnosis(String cause, Kind kind) {

    /** What is wrong with a file. */
    public enum Kind {
        /**
         * The bytes are not UTF-8 text at all (compressed, binary, UTF-16 or UTF-32), so what a
         * reader sees in them are lines, not records.
         */
        UNDECODABLE,
        /** UTF-8 text, but not valid throughout (Latin-1?): lines with bad bytes are rejected, the others read. */
        ENCODING,
        /** Text in another format than the one it is read as (a JSON array, a Web of Science export...). */
        OTHER_FORMAT
    }

    /** True for {@link Kind#UNDECODABLE}: what a reader rejects are lines, not records. */
    public boolean undecodable() {
        return kind == Kind.UNDECODABLE;
    }

    /** True for {@link Kind#OTHER_FORMAT}. */
    public boolean otherFormat() {
        return kind == Kind.OTHER_FORMAT;
    }

    /** Bytes looked at. */
    static final int HEAD = 8_192;

    private static final Pattern BIBTEX = Pattern.compile("@[A-Za-z]+\\s*\\{.*", Pattern.DOTALL);
    private static final Pattern WOS_TAGGED = Pattern.compile("(FN |VR |PT [A-Z]\\b).*", Pattern.DOTALL);

    /**
     * Looks at the start of {@code file}, read as {@code format} (null: by its extension).
     *
     * @return the likely cause, or empty when the start looks like valid input of that format
     * @throws IOException when the file cannot be read
     */
    public static Optional<InputDiagnosis> examine(Path file, InputFormat format) throws IOException {
        byte[] head = new byte[HEAD];
        int n = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int r; n < head.length && (r = in.read(head, n, head.length - n)) > 0; ) {
                n += r;
            }
        }
        InputFormat f = format;
        if (f == null) {
            try {
                f = InputFormat.fromPath(file);
            } catch (IllegalArgumentException e) {
                f = null;
            }
        }
        return examine(head, n, f);
    }

    /** As {@link #examine(Path, InputFormat)} for the first {@code n} bytes of a file. */
    static Optional<InputDiagnosis> examine(byte[] head, int n, InputFormat format) {
        if (n == 0) {
            return Optional.empty();
        }
        InputDiagnosis binary = binary(head, n);
        if (binary != null) {
            return Optional.of(binary);
        }
        int bad = firstInvalidUtf8(head, n);
        if (bad >= 0) {
            return Optional.of(new InputDiagnosis(String.format(Locale.ROOT,
                    "is not valid UTF-8 (byte %02x at offset %d; Latin-1 or Windows-1252?): save it as UTF-8, e.g. iconv -f"
                            + " WINDOWS-1252 -t UTF-8", head[bad] & 0xff, bad), Kind.ENCODING));
        }
        return Optional.ofNullable(format(new String(head, 0, n, StandardCharsets.UTF_8), format));
    }

    private static InputDiagnosis binary(byte[] b, int n) {
        if (starts(b, n, 0x1f, 0x8b)) {
            return undecodable("is gzip-compressed (it starts with the bytes 1f 8b): decompress it first, e.g. gunzip -k FILE");
        }
        if (starts(b, n, 'P', 'K', 3, 4)) {
            return undecodable("is a ZIP archive (an .xlsx workbook is one too): unzip it, or save the sheet as CSV UTF-8");
        }
        if (starts(b, n, 'B', 'Z', 'h')) {
            return undecodable("is bzip2-compressed: decompress it first, e.g. bunzip2 -k FILE");
        }
        if (starts(b, n, 0xfd, '7', 'z', 'X', 'Z', 0)) {
            return undecodable("is xz-compressed: decompress it first, e.g. unxz -k FILE");
        }
        if (starts(b, n, 0x28, 0xb5, 0x2f, 0xfd)) {
            return undecodable("is zstd-compressed: decompress it first, e.g. unzstd FILE");
        }
        if (starts(b, n, '%', 'P', 'D', 'F')) {
            return undecodable("is a PDF document, not a text export");
        }
        if (starts(b, n, 0xff, 0xfe, 0, 0) || starts(b, n, 0, 0, 0xfe, 0xff)) {
            return undecodable("is UTF-32 encoded (it starts with a UTF-32 byte-order mark), not UTF-8: save it as UTF-8,"
                    + " e.g. iconv -f UTF-32 -t UTF-8");
        }
        if (starts(b, n, 0xff, 0xfe) || starts(b, n, 0xfe, 0xff)) {
            return undecodable(String.format(Locale.ROOT, "is UTF-16 encoded (it starts with the byte-order mark %02x %02x),"
                    + " not UTF-8: save it as UTF-8, e.g. iconv -f UTF-16 -t UTF-8", b[0] & 0xff, b[1] & 0xff));
        }
        int zeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                zeros++;
                oddZeros += i % 2;
            }
        }
        if (zeros > 0 && zeros * 4 >= n && (oddZeros * 10 >= zeros * 9 || oddZeros * 10 <= zeros)) {
            return undecodable("looks UTF-16 encoded without a byte-order mark (every other byte is 0), not UTF-8: save it"
                    + " as UTF-8, e.g. iconv -f UTF-16LE -t UTF-8");
        }
        if (zeros > 0) {
            return undecodable("holds NUL bytes (" + zeros + " in its first " + n + "): binary data, not a text export");
        }
        return null;
    }

    /** What the text looks like when it is not {@code format}; null when it may well be. */
    private static InputDiagnosis format(String text, InputFormat format) {
        String t = text.startsWith("\ufeff") ? text.substring(1) : text;
        t = t.stripLeading();
        String firstLine = t.lines().findFirst().orElse("").strip();
        String as = format == null ? "" : ", not " + describe(format);
        if (t.startsWith("[")) {
            return mismatch("is a JSON array" + as + ": write one object per line (JSON Lines), e.g. jq -c '.[]' FILE");
        }
        if (t.startsWith("{")) {
            if (t.contains("\"abstract_inverted_index\"") || t.contains("\"https://openalex.org/")) {
                return mismatch("is an OpenAlex export, whose abstracts are inverted indexes ('abstract_inverted_index')"
                        + " rather than a 'text' or 'abstract' field" + as);
            }
            if (!firstLine.endsWith("}")) {
                return mismatch("holds JSON objects spread over several lines" + as
                        + " (one object per line): convert it, e.g. jq -c . FILE");
            }
            return format == InputFormat.JSONL ? null
                    : mismatch("looks like JSON Lines" + as + ": name it .jsonl or give --format jsonl");
        }
        if (WOS_TAGGED.matcher(t).matches()) {
            return mismatch("is a Web of Science tagged export (FN/PT/AB field tags)" + as);
        }
        if (firstLine.startsWith("PT\t") || firstLine.startsWith("\"PT\"")) {
            return mismatch("is a Web of Science tab-delimited export" + as);
        }
        if (firstLine.matches("TY {2}- .*")) {
            return mismatch("is a RIS export (TY  - field tags)" + as);
        }
        if (BIBTEX.matcher(t).matches()) {
            return mismatch("is a BibTeX file" + as);
        }
        if (t.startsWith("<")) {
            return mismatch("is XML or HTML" + as);
        }
        return null;
    }

    /** The format in words. */
    static String describe(InputFormat format) {
        return switch (format.id()) {
            case "rdiscovery" -> "an R Discovery export";
            case "jsonl" -> "JSON Lines";
            case "csv" -> "CSV";
            default -> format.id();
        };
    }

    private static InputDiagnosis undecodable(String cause) {
        return new InputDiagnosis(cause, Kind.UNDECODABLE);
    }

    private static InputDiagnosis mismatch(String cause) {
        return new InputDiagnosis(cause, Kind.OTHER_FORMAT);
    }

    private static boolean starts(byte[] b, int n, int... magic) {
        if (n < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xff) != (magic[i] & 0xff)) {
                return false;
            }
        }
        return true;
    }

    /** Offset of the first byte that is not valid UTF-8, ignoring a sequence cut by the end of the sample; -1 when none. */
    private static int firstInvalidUtf8(byte[] b, int n) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, 0, n);
        var out = java.nio.CharBuffer.allocate(n + 1);
        var result = d.decode(in, out, false);
        if (result.isError()) {
            return in.position();
        }
        return -1;
    }
}
