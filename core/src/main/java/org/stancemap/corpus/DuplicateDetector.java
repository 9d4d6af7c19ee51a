package org.stancemap.corpus;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds records seen before in a stream, by normalised DOI and by normalised text, and, separately,
 * ids seen before ({@link #checkId}): two records with one id are reported even when their texts
 * differ, because consumers join results on the id.
 *
 * <p>Memory stays small on long streams because nothing per record is kept as an object: each key
 * is a 64-bit hash in a primitive map to the record's ordinal, and each record's source is a file
 * index and line packed in one {@code long}: about 70 bytes per record in all (70 MB measured for a
 * million records), plus about 25 bytes per record for the ids (hash to packed source). The price of hashing is a false match when two different keys share a 64-bit
 * hash, about once in 10^7 streams of a million records. Not thread-safe.
 */
public final class DuplicateDetector {

    /** What matched an earlier record. */
    public enum Kind { DOI, TEXT }

    /**
     * An earlier occurrence of a record.
     *
     * @param kind    whether the DOI or the text matched (DOI when both do)
     * @param earlier where the earlier record was read
     * @param ordinal 0-based position of the earlier record among all records checked
     */
    public record Duplicate(Kind kind, SourceRef earlier, long ordinal) {}

    private static final int LINE_BITS = 40;
    private static final long MAX_LINE = (1L << LINE_BITS) - 1;
    private static final int MAX_FILES = 1 << (63 - LINE_BITS);
    private static final String[] DOI_PREFIXES = {
        "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi.org/", "doi:"};

    private final Long2IntOpenHashMap byDoi = new Long2IntOpenHashMap();
    private final Long2IntOpenHashMap byText = new Long2IntOpenHashMap();
    private final Long2LongOpenHashMap byId = new Long2LongOpenHashMap();
    private final LongArrayList sources = new LongArrayList();
    private final Object2IntOpenHashMap<String> fileIndex = new Object2IntOpenHashMap<>();
    private final List<String> files = new ArrayList<>();

    public DuplicateDetector() {
        byDoi.defaultReturnValue(-1);
        byText.defaultReturnValue(-1);
        fileIndex.defaultReturnValue(-1);
        byId.defaultReturnValue(-1);
    }

    /**
     * Where {@code id} (compared exactly) was first seen, or empty for a first occurrence or a null
     * id; remembers {@code source} for the id otherwise.
     *
     * @throws IllegalArgumentException as {@link #check}
     */
    public Optional<SourceRef> checkId(String id, SourceRef source) {
        if (id == null) {
            return Optional.empty();
        }
        long key = hash64(id);
        long earlier = byId.get(key);
        if (earlier >= 0) {
            return Optional.of(unpack(earlier));
        }
        byId.put(key, pack(source != null ? source : new SourceRef("<memory>", 0)));
        return Optional.empty();
    }

    /**
     * The earliest earlier record with the same normalised DOI or, failing that, the same normalised
     * text; empty for a first occurrence. Every record is remembered, duplicates included.
     *
     * @throws IllegalArgumentException when the source line exceeds 2^40 or there are over 2^23 files
     */
    public Optional<Duplicate> check(AbstractRecord record) {
        int ordinal = sources.size();
        String doi = normaliseDoi(record.doi());
        long textKey = textKey(record.text());
        boolean hasText = textKey != NO_TEXT;
        long doiKey = doi == null ? 0 : hash64(doi);
        Duplicate found = null;
        if (doi != null && byDoi.get(doiKey) >= 0) {
            found = duplicate(Kind.DOI, byDoi.get(doiKey));
        } else if (hasText && byText.get(textKey) >= 0) {
            found = duplicate(Kind.TEXT, byText.get(textKey));
        }
        sources.add(pack(record.source() != null ? record.source() : new SourceRef("<memory>", 0)));
        if (doi != null && !byDoi.containsKey(doiKey)) {
            byDoi.put(doiKey, ordinal);
        }
        if (hasText && !byText.containsKey(textKey)) {
            byText.put(textKey, ordinal);
        }
        return Optional.ofNullable(found);
    }

    /** Number of records checked so far. */
    public long checked() {
        return sources.size();
    }

    /**
     * {@code doi} lowercased, without whitespace and without a {@code https://doi.org/},
     * {@code http://dx.doi.org/} or {@code doi:} prefix; null when nothing is left.
     */
    public static String normaliseDoi(String doi) {
        if (doi == null) {
            return null;
        }
        String s = doi.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        for (String prefix : DOI_PREFIXES) {
            if (s.startsWith(prefix)) {
                s = s.substring(prefix.length());
                break;
            }
        }
        return s.isEmpty() ? null : s;
    }

    /** {@code text} in NFKC, lowercased, with each run of characters other than letters and digits made one space, trimmed. */
    public static String normaliseText(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                out.appendCodePoint(cp);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** What {@link #textKey} returns for a text with no letter or digit. */
    static final long NO_TEXT = 0;

    /**
     * {@code hash64(normaliseText(text))}, or {@link #NO_TEXT} when that is empty. ASCII text (nearly
     * every abstract) is hashed as it is normalised, without building the normalised string: for
     * ASCII, NFKC changes nothing and lowercasing is one bit. (A hash that happens to equal
     * {@code NO_TEXT} counts as no text: once in 2^64.)
     */
    static long textKey(String text) {
        long h = FNV_OFFSET;
        boolean gap = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                String norm = normaliseText(text);
                return norm.isEmpty() ? NO_TEXT : hash64(norm);
            }
            boolean upper = c >= 'A' && c <= 'Z';
            if (upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && any) {
                    h = (h ^ ' ') * FNV_PRIME;
                }
                h = (h ^ (upper ? c | 0x20 : c)) * FNV_PRIME;
                gap = false;
                any = true;
            } else {
                gap = true;
            }
        }
        return any ? finish(h) : NO_TEXT;
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** 64-bit FNV-1a over the UTF-16 units, then the MurmurHash3 finaliser to spread the bits. */
    static long hash64(String s) {
        long h = FNV_OFFSET;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return finish(h);
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private long pack(SourceRef ref) {
        if (ref.line() > MAX_LINE) {
            throw new IllegalArgumentException("Invalid line: " + ref.line() + " (expected at most " + MAX_LINE + ")");
        }
        int file = fileIndex.getInt(ref.file());
        if (file < 0) {
            if (files.size() >= MAX_FILES) {
                throw new IllegalArgumentException("Too many files: over " + MAX_FILES);
            }
            file = files.size();
            files.add(ref.file());
            fileIndex.put(ref.file(), file);
        }
        return ((long) file << LINE_BITS) | ref.line();
    }

    private Duplicate duplicate(Kind kind, int ordinal) {
        return new Duplicate(kind, unpack(sources.getLong(ordinal)), ordinal);
    }

    private SourceRef unpack(long packed) {
        return new SourceRef(files.get((int) (packed >>> LINE_BITS)), packed & MAX_LINE);
    }
}
