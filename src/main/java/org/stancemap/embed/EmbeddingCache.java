package org.stancemap.embed;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeddings of one model, kept on disk so a text is embedded once. Keys are SHA-256 of
 * {@code modelId + '\0' + text}; one append-only file per model, {@code <directory>/<modelId>.emb},
 * read lazily on first use. Thread-safe within one process; one process should write a given file
 * at a time.
 *
 * <p>File layout, all integers and floats little-endian: header = 8 ASCII bytes {@code STMAPEMB},
 * int32 format version ({@value #FORMAT_VERSION}), int32 dimension, int32 byte length of the model
 * id, the model id in UTF-8; then records = 32-byte key, {@code dimension} float32, int32 CRC-32 of
 * key and floats. A later record for the same key wins. A truncated or corrupt tail (a crash while
 * appending) is skipped with a warning and cut off before the next append; a wrong header, a newer
 * version or another model's file is an error.
 */
public final class EmbeddingCache implements AutoCloseable {

    /** Version of the file layout this class reads and writes. */
    public static final int FORMAT_VERSION = 1;

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingCache.class);
    private static final byte[] MAGIC = "STMAPEMB".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]+");

    private final Path file;
    private final String modelId;
    private final int dimension;
    private final byte[] header;
    private final int recordBytes;
    private Map<CacheKey, float[]> entries;
    private long validLength;
    private long ignoredBytes;
    private FileChannel out;
    private boolean closed;

    private EmbeddingCache(Path directory, String modelId, int dimension) {
        this.file = directory.resolve(modelId + ".emb");
        this.modelId = modelId;
        this.dimension = dimension;
        this.header = header(modelId, dimension);
        this.recordBytes = CacheKey.BYTES + 4 * dimension + 4;
    }

    /**
     * The cache of {@code modelId} in {@code directory}; nothing is read or created until first use.
     *
     * @throws IllegalArgumentException if the id is not a safe file name ({@code [A-Za-z0-9._-]+}) or
     *                                  the dimension is below 1
     */
    public static EmbeddingCache open(Path directory, String modelId, int dimension) {
        Objects.requireNonNull(directory, "directory");
        if (modelId == null || !SAFE_ID.matcher(modelId).matches()) {
            throw new IllegalArgumentException("Invalid model id for a cache file: '" + modelId
                    + "' (expected letters, digits, '.', '_' or '-')");
        }
        if (dimension < 1) {
            throw new IllegalArgumentException("Invalid dimension: " + dimension + " (expected >= 1)");
        }
        return new EmbeddingCache(directory, modelId, dimension);
    }

    /** {@code ${user.home}/.cache/stancemap/embeddings}, the directory used when none is given. */
    public static Path defaultDirectory() {
        return Path.of(System.getProperty("user.home"), ".cache", "stancemap", "embeddings");
    }

    /** The cached vector of {@code text} (a copy), or {@code null} when absent. */
    public synchronized float[] get(String text) {
        float[] v = loaded().get(CacheKey.of(modelId, text));
        return v == null ? null : v.clone();
    }

    /**
     * Stores {@code vector} for {@code text} and appends it to the file.
     *
     * @throws IllegalArgumentException if the vector has the wrong length or a non-finite value
     * @throws UncheckedIOException     if the file cannot be written
     */
    public synchronized void put(String text, float[] vector) {
        if (vector.length != dimension) {
            throw new IllegalArgumentException("Invalid vector length: " + vector.length + " (expected "
                    + dimension + " for " + modelId + ")");
        }
        for (float x : vector) {
            if (!Float.isFinite(x)) {
                throw new IllegalArgumentException("Invalid vector value: " + x + " (expected finite)");
            }
        }
        CacheKey key = CacheKey.of(modelId, text);
        float[] old = loaded().get(key);
        if (old != null && Arrays.equals(old, vector)) {
            return;
        }
        append(key, vector);
        entries.put(key, vector.clone());
    }

    /** Number of cached texts. */
    public synchronized int size() {
        return loaded().size();
    }

    /** Bytes of corrupt or truncated tail skipped when the file was read; 0 when it was clean. */
    synchronized long ignoredBytes() {
        loaded();
        return ignoredBytes;
    }

    /** The model these vectors belong to. */
    public String modelId() {
        return modelId;
    }

    /** Vector length. */
    public int dimension() {
        return dimension;
    }

    /** The cache file (it may not exist yet). */
    public Path file() {
        return file;
    }

    /** Closes the file; later calls fail. */
    @Override
    public synchronized void close() {
        closed = true;
        entries = null;
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot close embedding cache " + file, e);
            } finally {
                out = null;
            }
        }
    }

    private Map<CacheKey, float[]> loaded() {
        if (closed) {
            throw new IllegalStateException("Embedding cache " + file + " is closed");
        }
        if (entries == null) {
            // Filled aside: after a failed read the cache stays unloaded, so no append can cut the file.
            Map<CacheKey, float[]> read = new HashMap<>();
            try {
                read(read);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read embedding cache " + file, e);
            }
            entries = read;
        }
        return entries;
    }

    private void read(Map<CacheKey, float[]> into) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        long size = Files.size(file);
        if (size == 0) {
            return;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] head = in.readNBytes(header.length);
            checkHeader(head);
            if (head.length < header.length) {
                ignoreTail(0, size, 0);
                return;
            }
            byte[] rec = new byte[recordBytes];
            long pos = header.length;
            int records = 0;
            while (in.readNBytes(rec, 0, recordBytes) == recordBytes && decode(rec, into)) {
                pos += recordBytes;
                records++;
            }
            validLength = pos;
            if (pos < size) {
                ignoreTail(pos, size, records);
            }
        }
    }

    private void ignoreTail(long pos, long size, int records) {
        validLength = pos;
        ignoredBytes = size - pos;
        LOG.warn("Embedding cache {}: ignoring {} bytes of truncated or corrupt data after {} records",
                file, ignoredBytes, records);
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

    private boolean decode(byte[] rec, Map<CacheKey, float[]> into) {
        int payload = recordBytes - 4;
        CRC32 crc = new CRC32();
        crc.update(rec, 0, payload);
        ByteBuffer buf = ByteBuffer.wrap(rec).order(ByteOrder.LITTLE_ENDIAN);
        if (buf.getInt(payload) != (int) crc.getValue()) {
            return false;
        }
        CacheKey key = CacheKey.read(buf);
        float[] v = new float[dimension];
        buf.asFloatBuffer().get(v);
        into.put(key, v);
        return true;
    }

    private void append(CacheKey key, float[] vector) {
        ByteBuffer buf = ByteBuffer.allocate(recordBytes).order(ByteOrder.LITTLE_ENDIAN);
        key.write(buf);
        for (float x : vector) {
            buf.putFloat(x);
        }
        CRC32 crc = new CRC32();
        crc.update(buf.array(), 0, recordBytes - 4);
        buf.putInt((int) crc.getValue());
        buf.flip();
        try {
            FileChannel ch = channel();
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            validLength += recordBytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write embedding cache " + file, e);
        }
    }

    /** Opens the file for appending, writing the header or cutting off a skipped tail first. */
    private FileChannel channel() throws IOException {
        if (out == null) {
            Files.createDirectories(file.getParent());
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (validLength < header.length) {
                ch.truncate(0);
                ch.write(ByteBuffer.wrap(header));
                validLength = header.length;
            } else {
                ch.truncate(validLength);
            }
            ch.position(validLength);
            out = ch;
        }
        return out;
    }

    private static byte[] header(String modelId, int dimension) {
        byte[] id = modelId.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(MAGIC.length + 12 + id.length).order(ByteOrder.LITTLE_ENDIAN)
                .put(MAGIC).putInt(FORMAT_VERSION).putInt(dimension).putInt(id.length).put(id).array();
    }
}
