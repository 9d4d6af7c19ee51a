package org.stancemap.embed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeddings of one model, kept on disk so a text is embedded once, bounded in size and shared
 * safely by several processes. Keys are SHA-256 of {@code modelId + '\0' + text}, where the id is the
 * embedder's {@link SentenceEmbedder#fingerprint() fingerprint} (model id, window, hash of the ONNX
 * and tokenizer files); one file per id, {@code <directory>/<id>.emb}. On first use only the keys are
 * indexed (about 100 bytes of heap per entry); vectors are read from the file on a hit.
 *
 * <p>File layout, all integers and floats little-endian: header = 8 ASCII bytes {@code STMAPEMB},
 * int32 format version ({@value #FORMAT_VERSION}), int32 dimension, int32 byte length of the id, the
 * id in UTF-8; then fixed-size records = 32-byte key, {@code dimension} float32, int32 CRC-32 of key
 * and floats. A later record for the same key wins; a record whose CRC does not match is skipped.
 *
 * <p>Several processes: every append and every compaction holds an exclusive lock on
 * {@code <id>.lock} (a JVM-wide lock first, then a file lock), so records are whole when the lock is
 * released. A reader never writes: it indexes whole records only, so it tolerates another process
 * appending. A writer that finds a partial record at the end (a crash while appending) cuts it off.
 * When the file grows past the size cap, the writer that crossed it rewrites the newest records,
 * down to 3/4 of the cap, into a new file that atomically replaces the old one (oldest evicted
 * first); readers keep their open file until they next miss or write. A wrong header, a newer
 * version or another model's file is an error. Thread-safe.
 */
public final class EmbeddingCache implements AutoCloseable {

    /** Version of the file layout this class reads and writes. */
    public static final int FORMAT_VERSION = 1;

    /** The size cap when none is given: 512 MiB, or {@code STANCEMAP_CACHE_MAX_MB} MiB when set. */
    public static final long DEFAULT_MAX_BYTES = 512L << 20;

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingCache.class);
    private static final byte[] MAGIC = "STMAPEMB".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]+");

    private final Path file;
    private final Path lockFile;
    private final String modelId;
    private final int dimension;
    private final long maxBytes;
    private final byte[] header;
    private final int recordBytes;
    /** Offsets of records in {@link #in}; null until first use. */
    private Map<CacheKey, Long> index;
    private FileChannel in;
    private Object inKey;
    private long indexedLength;
    private long ignoredBytes;
    private FileChannel out;
    private Object outKey;
    private boolean closed;

    private EmbeddingCache(Path directory, String modelId, int dimension, long maxBytes) {
        this.file = directory.resolve(modelId + ".emb");
        this.lockFile = directory.resolve(modelId + ".lock");
        this.modelId = modelId;
        this.dimension = dimension;
        this.maxBytes = maxBytes;
        this.header = header(modelId, dimension);
        this.recordBytes = CacheKey.BYTES + 4 * dimension + 4;
    }

    /** The cache of {@code modelId} in {@code directory} with the default size cap; see {@link #open(Path, String, int, long)}. */
    public static EmbeddingCache open(Path directory, String modelId, int dimension) {
        return open(directory, modelId, dimension, defaultMaxBytes());
    }

    /**
     * The cache of {@code modelId} in {@code directory}; nothing is read or created until first use.
     *
     * @param maxBytes size cap of the file; past it the oldest records are evicted
     * @throws IllegalArgumentException if the id is not a safe file name ({@code [A-Za-z0-9._-]+}), the
     *                                  dimension is below 1 or the cap holds fewer than 16 records
     */
    public static EmbeddingCache open(Path directory, String modelId, int dimension, long maxBytes) {
        Objects.requireNonNull(directory, "directory");
        if (modelId == null || !SAFE_ID.matcher(modelId).matches()) {
            throw new IllegalArgumentException("Invalid model id for a cache file: '" + modelId
                    + "' (expected letters, digits, '.', '_' or '-')");
        }
        if (dimension < 1) {
            throw new IllegalArgumentException("Invalid dimension: " + dimension + " (expected >= 1)");
        }
        long min = 16L * (CacheKey.BYTES + 4L * dimension + 4) + 64 + modelId.length();
        if (maxBytes < min) {
            throw new IllegalArgumentException("Invalid cache size cap: " + maxBytes + " bytes (expected >= " + min + ")");
        }
        return new EmbeddingCache(directory, modelId, dimension, maxBytes);
    }

    /**
     * Where embeddings are cached when no directory is given: {@code $STANCEMAP_CACHE/embeddings},
     * else {@code $XDG_CACHE_HOME/stancemap/embeddings}, else {@code ~/.cache/stancemap/embeddings}.
     */
    public static Path defaultDirectory() {
        return defaultDirectory(System.getenv());
    }

    static Path defaultDirectory(Map<String, String> env) {
        String own = env.get("STANCEMAP_CACHE");
        if (own != null && !own.isBlank()) {
            return Path.of(own, "embeddings");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "stancemap", "embeddings");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "stancemap", "embeddings");
    }

    /**
     * The size cap: {@code STANCEMAP_CACHE_MAX_MB} MiB when set, else {@link #DEFAULT_MAX_BYTES}.
     *
     * @throws IllegalArgumentException when the variable is not a positive whole number
     */
    public static long defaultMaxBytes() {
        String mb = System.getenv("STANCEMAP_CACHE_MAX_MB");
        if (mb == null || mb.isBlank()) {
            return DEFAULT_MAX_BYTES;
        }
        try {
            long v = Long.parseLong(mb.strip());
            if (v >= 1) {
                return v << 20;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("Invalid STANCEMAP_CACHE_MAX_MB: '" + mb + "' (expected a whole number of MiB >= 1)");
    }

    /** The cached vector of {@code text} (a copy), or {@code null} when absent. */
    public synchronized float[] get(String text) {
        CacheKey key = CacheKey.of(modelId, text);
        float[] v = read(key);
        if (v == null && refresh()) {
            v = read(key);
        }
        return v;
    }

    /**
     * Stores {@code vector} for {@code text} and appends it to the file.
     *
     * @throws IllegalArgumentException if the vector has the wrong length or a non-finite value
     * @throws UncheckedIOException     if the file cannot be written
     */
    public void put(String text, float[] vector) {
        putAll(List.of(text), List.of(vector));
    }

    /**
     * Stores the vectors of {@code texts} (same order) with one locked append; texts already held
     * with the same vector are skipped.
     *
     * @throws IllegalArgumentException if a vector has the wrong length or a non-finite value
     * @throws UncheckedIOException     if the file cannot be written
     */
    public synchronized void putAll(List<String> texts, List<float[]> vectors) {
        if (texts.size() != vectors.size()) {
            throw new IllegalArgumentException(texts.size() + " texts but " + vectors.size() + " vectors");
        }
        for (float[] vector : vectors) {
            check(vector);
        }
        Map<CacheKey, float[]> fresh = new java.util.LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            CacheKey key = CacheKey.of(modelId, texts.get(i));
            float[] old = read(key);
            if (old == null || !Arrays.equals(old, vectors.get(i))) {
                fresh.put(key, vectors.get(i));
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        try (FileLocks.Held held = FileLocks.lock(lockFile)) {
            append(fresh);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write embedding cache " + file, e);
        }
    }

    private void check(float[] vector) {
        if (vector.length != dimension) {
            throw new IllegalArgumentException("Invalid vector length: " + vector.length + " (expected "
                    + dimension + " for " + modelId + ")");
        }
        for (float x : vector) {
            if (!Float.isFinite(x)) {
                throw new IllegalArgumentException("Invalid vector value: " + x + " (expected finite)");
            }
        }
    }

    /** Number of cached texts this instance sees. */
    public synchronized int size() {
        return indexed().size();
    }

    /** Bytes of corrupt records or partial tail skipped when the file was last indexed; 0 when clean. */
    synchronized long ignoredBytes() {
        indexed();
        return ignoredBytes;
    }

    /** The model fingerprint these vectors belong to. */
    public String modelId() {
        return modelId;
    }

    /** Vector length. */
    public int dimension() {
        return dimension;
    }

    /** The size cap in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The cache file (it may not exist yet). */
    public Path file() {
        return file;
    }

    /** Closes the files; later calls fail. */
    @Override
    public synchronized void close() {
        closed = true;
        index = null;
        try {
            closeIn();
            closeOut();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close embedding cache " + file, e);
        }
    }

    private Map<CacheKey, Long> indexed() {
        if (closed) {
            throw new IllegalStateException("Embedding cache " + file + " is closed");
        }
        if (index == null) {
            try {
                reindex();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read embedding cache " + file, e);
            }
        }
        return index;
    }

    /** Opens the file as it is now and indexes its whole, valid records. */
    private void reindex() throws IOException {
        closeIn();
        Map<CacheKey, Long> fresh = new HashMap<>();
        ignoredBytes = 0;
        indexedLength = 0;
        FileChannel ch;
        try {
            ch = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            index = fresh;
            return;
        }
        in = ch;
        inKey = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        long size = ch.size();
        ByteBuffer head = ByteBuffer.allocate(header.length);
        while (head.hasRemaining() && ch.read(head, head.position()) > 0) {
            // read the header
        }
        byte[] h = Arrays.copyOf(head.array(), head.position());
        checkHeader(h);
        if (h.length < header.length) {
            index = fresh;
            ignoredBytes = size;
            return;
        }
        indexedLength = header.length;
        index = fresh;
        scan(size);
    }

    /** Indexes the whole records between {@link #indexedLength} and {@code size}. */
    private void scan(long size) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(recordBytes * 256).order(ByteOrder.LITTLE_ENDIAN);
        long pos = indexedLength;
        long end = pos + (size - pos) / recordBytes * recordBytes;
        int bad = 0;
        while (pos < end) {
            buf.clear();
            buf.limit((int) Math.min(buf.capacity(), end - pos));
            while (buf.hasRemaining()) {
                if (in.read(buf, pos + buf.position()) < 0) {
                    end = pos + buf.position() / recordBytes * recordBytes;
                    break;
                }
            }
            buf.flip();
            for (int off = 0; off + recordBytes <= buf.limit(); off += recordBytes) {
                if (valid(buf, off)) {
                    buf.position(off);
                    index.put(CacheKey.read(buf), pos + off);
                } else {
                    bad++;
                }
            }
            pos += buf.limit() / recordBytes * recordBytes;
            if (buf.limit() < recordBytes) {
                break;
            }
        }
        indexedLength = pos;
        long skipped = (long) bad * recordBytes + (size - pos);
        if (bad > 0) {
            LOG.warn("Embedding cache {}: skipped {} corrupt records", file, bad);
        }
        ignoredBytes += skipped;
    }

    /** Picks up records other processes appended, or a file they compacted; true when anything changed. */
    private boolean refresh() {
        if (index == null) {
            indexed();
            return true;
        }
        try {
            Object key;
            long size;
            try {
                var attrs = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
                key = attrs.fileKey();
                size = attrs.size();
            } catch (NoSuchFileException e) {
                return false;
            }
            if (in == null || !Objects.equals(key, inKey)) {
                reindex();
                return true;
            }
            if (size - indexedLength >= recordBytes) {
                int before = index.size();
                ignoredBytes = 0;
                scan(size);
                return index.size() != before;
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read embedding cache " + file, e);
        }
    }

    private float[] read(CacheKey key) {
        Long at = indexed().get(key);
        if (at == null) {
            return null;
        }
        ByteBuffer buf = ByteBuffer.allocate(recordBytes).order(ByteOrder.LITTLE_ENDIAN);
        try {
            while (buf.hasRemaining()) {
                if (in.read(buf, at + buf.position()) < 0) {
                    return null;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read embedding cache " + file, e);
        }
        if (!valid(buf, 0)) {
            return null;
        }
        buf.position(0);
        if (!CacheKey.read(buf).equals(key)) {
            return null;
        }
        float[] v = new float[dimension];
        buf.asFloatBuffer().get(v);
        return v;
    }

    private boolean valid(ByteBuffer buf, int off) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(buf.array(), buf.arrayOffset() + off, recordBytes - 4);
        return buf.getInt(off + recordBytes - 4) == (int) crc.getValue();
    }

    /** Under the lock: appends whole records at the end of the current file, then compacts past the cap. */
    private void append(Map<CacheKey, float[]> records) throws IOException {
        FileChannel ch = writable();
        long at = ch.size();
        ByteBuffer buf = ByteBuffer.allocate(recordBytes * records.size()).order(ByteOrder.LITTLE_ENDIAN);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        for (Map.Entry<CacheKey, float[]> e : records.entrySet()) {
            int start = buf.position();
            e.getKey().write(buf);
            for (float x : e.getValue()) {
                buf.putFloat(x);
            }
            crc.reset();
            crc.update(buf.array(), start, recordBytes - 4);
            buf.putInt((int) crc.getValue());
        }
        buf.flip();
        long pos = at;
        while (buf.hasRemaining()) {
            pos += ch.write(buf, pos);
        }
        if (Objects.equals(outKey, inKey) && in != null && indexedLength <= at) {
            scan(at);
        }
        if (Objects.equals(outKey, inKey) && in != null && indexedLength == at) {
            long off = at;
            for (CacheKey k : records.keySet()) {
                index.put(k, off);
                off += recordBytes;
            }
            indexedLength = off;
        } else {
            reindex();
        }
        if (pos > maxBytes) {
            compact();
        }
    }

    /**
     * Under the lock: the channel to append to, on the file as it is now (another process may have
     * replaced it), with a valid header and no partial record at its end.
     */
    private FileChannel writable() throws IOException {
        Object now = Files.exists(file)
                ? Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey() : null;
        if (out == null || now == null || !Objects.equals(now, outKey)) {
            closeOut();
            Files.createDirectories(file.getParent());
            out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            outKey = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        }
        indexed();
        long size = out.size();
        if (size < header.length) {
            if (size > 0) {
                ByteBuffer h = ByteBuffer.allocate((int) size);
                out.read(h, 0);
                checkHeader(h.array());
            }
            out.truncate(0);
            out.write(ByteBuffer.wrap(header), 0);
            out.force(false);
            if (!Objects.equals(outKey, inKey)) {
                reindex();
            }
            return out;
        }
        long partial = (size - header.length) % recordBytes;
        if (partial != 0) {
            LOG.warn("Embedding cache {}: cutting off {} bytes of a record left partly written", file, partial);
            out.truncate(size - partial);
        }
        return out;
    }

    /** Under the lock: keeps the newest records that fit in 3/4 of the cap, in a file that replaces the old one. */
    private void compact() throws IOException {
        reindex();
        long budget = (maxBytes * 3 / 4 - header.length) / recordBytes;
        List<Map.Entry<CacheKey, Long>> newest = index.entrySet().stream()
                .sorted(Map.Entry.<CacheKey, Long>comparingByValue().reversed()).limit(budget)
                .sorted(Map.Entry.comparingByValue()).toList();
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            try (FileChannel w = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                w.write(ByteBuffer.wrap(header));
                ByteBuffer rec = ByteBuffer.allocate(recordBytes);
                for (Map.Entry<CacheKey, Long> e : newest) {
                    rec.clear();
                    while (rec.hasRemaining() && in.read(rec, e.getValue() + rec.position()) > 0) {
                        // read the record
                    }
                    rec.flip();
                    while (rec.hasRemaining()) {
                        w.write(rec);
                    }
                }
                w.force(false);
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp); // there only when the copy or the move failed; the old file stays as it was
        }
        LOG.info("Embedding cache {}: over {} bytes; kept the newest {} of {} records", file, maxBytes, newest.size(), index.size());
        closeOut();
        reindex();
    }

    private void closeIn() throws IOException {
        if (in != null) {
            in.close();
            in = null;
            inKey = null;
        }
    }

    private void closeOut() throws IOException {
        if (out != null) {
            out.close();
            out = null;
            outKey = null;
        }
    }

    /** Fails unless {@code head} is (a prefix of) this cache's header; a prefix means a crash at creation. */
    private void checkHeader(byte[] head) {
        if (!Arrays.equals(head, 0, Math.min(head.length, MAGIC.length), MAGIC, 0, Math.min(head.length, MAGIC.length))) {
            throw new IllegalStateException("Not a Stancemap embedding cache: " + file
                    + " (expected it to start with " + new String(MAGIC, StandardCharsets.US_ASCII) + ")");
        }
        if (head.length >= MAGIC.length + 4) {
            int version = ByteBuffer.wrap(head, MAGIC.length, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            if (version > FORMAT_VERSION || version < 1) {
                throw new IllegalStateException("Embedding cache " + file + " has format version " + version
                        + "; this Stancemap reads version " + FORMAT_VERSION + " (use another --cache-dir or delete it)");
            }
        }
        if (!Arrays.equals(head, 0, head.length, header, 0, head.length)) {
            throw new IllegalStateException("Embedding cache " + file + " belongs to another model or dimension"
                    + " (expected " + modelId + ", " + dimension + " dimensions)");
        }
    }

    private static byte[] header(String modelId, int dimension) {
        byte[] id = modelId.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(MAGIC.length + 12 + id.length).order(ByteOrder.LITTLE_ENDIAN)
                .put(MAGIC).putInt(FORMAT_VERSION).putInt(dimension).putInt(id.length).put(id).array();
    }
}
