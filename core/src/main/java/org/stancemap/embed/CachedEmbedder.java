package org.stancemap.embed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link SentenceEmbedder} that answers from an {@link EmbeddingCache} and asks the wrapped
 * embedder only for texts it has not seen; new vectors go to the cache. Thread-safe when the wrapped
 * embedder is (two threads missing the same text may both compute it; the vectors are the same).
 * A cache that cannot be read or written (unwritable folder, full disk, a foreign file) is dropped
 * with one warning and the texts are embedded without it: the cache never fails a run.
 *
 * <p>The cached text is the sentences joined by U+001E (record separator), so that two splits of the
 * same characters, which may be packed into different windows, are distinct keys.
 */
public final class CachedEmbedder implements SentenceEmbedder {

    private static final String SEPARATOR = "\u001E";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CachedEmbedder.class);

    private final SentenceEmbedder delegate;
    private final EmbeddingCache cache;
    private volatile boolean failed;

    /**
     * @throws IllegalArgumentException if the cache belongs to another model id or dimension
     */
    public CachedEmbedder(SentenceEmbedder delegate, EmbeddingCache cache) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.cache = Objects.requireNonNull(cache, "cache");
        if (!cache.modelId().equals(delegate.fingerprint()) || cache.dimension() != delegate.dimension()) {
            throw new IllegalArgumentException("Cache " + cache.file() + " holds " + cache.modelId() + " ("
                    + cache.dimension() + "-d); expected " + delegate.fingerprint() + " (" + delegate.dimension() + "-d)");
        }
    }

    @Override
    public float[] embed(List<String> sentences) {
        return embedAll(List.of(sentences)).get(0);
    }

    /** Sends only the distinct missing texts to the wrapped embedder, in one call; stores them with one append. */
    @Override
    public List<float[]> embedAll(List<List<String>> texts) {
        List<String> keys = new ArrayList<>(texts.size());
        Map<String, float[]> found = new HashMap<>();
        Map<String, List<String>> misses = new LinkedHashMap<>();
        for (List<String> text : texts) {
            String key = String.join(SEPARATOR, text);
            keys.add(key);
            if (!found.containsKey(key) && !misses.containsKey(key)) {
                float[] hit = get(key);
                if (hit != null) {
                    found.put(key, hit);
                } else {
                    misses.put(key, text);
                }
            }
        }
        if (!misses.isEmpty()) {
            List<float[]> vectors = delegate.embedAll(new ArrayList<>(misses.values()));
            List<String> missed = new ArrayList<>(misses.keySet());
            for (int i = 0; i < missed.size(); i++) {
                found.put(missed.get(i), vectors.get(i));
            }
            put(missed, vectors);
        }
        List<float[]> out = new ArrayList<>(texts.size());
        Map<String, Boolean> handedOut = new HashMap<>();
        for (String key : keys) {
            float[] v = found.get(key);
            out.add(handedOut.put(key, Boolean.TRUE) == null ? v : v.clone());
        }
        return out;
    }

    /** Whether the cache is still in use (it is dropped, with one warning, after a read or write failure). */
    public boolean active() {
        return !failed;
    }

    private float[] get(String key) {
        if (failed) {
            return null;
        }
        try {
            return cache.get(key);
        } catch (RuntimeException e) {
            fail("cannot read", e);
            return null;
        }
    }

    private void put(List<String> keys, List<float[]> vectors) {
        if (failed) {
            return;
        }
        try {
            cache.putAll(keys, vectors);
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            fail("cannot write", e);
        }
    }

    /** A broken cache costs speed, never the run: warn once and go on without it. */
    private synchronized void fail(String what, RuntimeException e) {
        if (!failed) {
            failed = true;
            LOG.warn("Embedding cache {} {} ({}); going on without the cache", cache.file(), what,
                    e.getCause() != null ? e.getCause().toString() : e.getMessage());
        }
    }

    @Override
    public String modelId() {
        return delegate.modelId();
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    @Override
    public String fingerprint() {
        return delegate.fingerprint();
    }

    @Override
    public int maxWordPieces() {
        return delegate.maxWordPieces();
    }
}
