package org.stancemap.embed;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 of {@code modelId + '\0' + text}, held as four longs so map keys stay small and compare by value. */
record CacheKey(long a, long b, long c, long d) {

    /** Bytes of a key on disk. */
    static final int BYTES = 32;

    static CacheKey of(String modelId, String text) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this Java runtime", e);
        }
        sha.update(modelId.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        return read(ByteBuffer.wrap(sha.digest()));
    }

    /** Reads 32 bytes in the digest's own byte order (big-endian), whatever the buffer's order. */
    static CacheKey read(ByteBuffer buf) {
        byte[] raw = new byte[BYTES];
        buf.get(raw);
        ByteBuffer be = ByteBuffer.wrap(raw);
        return new CacheKey(be.getLong(), be.getLong(), be.getLong(), be.getLong());
    }

    /** Writes the 32 digest bytes as they came from SHA-256. */
    void write(ByteBuffer buf) {
        buf.put(ByteBuffer.allocate(BYTES).putLong(a).putLong(b).putLong(c).putLong(d).array());
    }
}
