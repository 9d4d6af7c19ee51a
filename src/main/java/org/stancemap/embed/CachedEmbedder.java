package org.stancemap.embed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link SentenceEmbedder} that answers from an {@link EmbeddingCache} and asks the wrapped
 * embedder only for texts it has not seen; new vectors go to the cache. Thread-safe when the wrapped
 * embedder is (two threads missing the same text may both compute it; the vectors are the same).
 *
 * <p>The cached text is the sentences joined by U+001E (record separator), so that two splits of the
 * same characters, which may be packed into different windows, are distinct keys.
 */
public final class CachedEmbedder implements SentenceEmbedder {

    private static final String SEPARATOR = "\u001E";

    private final SentenceEmbedder delegate;
    private final EmbeddingCache cache;

    /**
     * @throws IllegalArgumentException if the cache belongs to another model id or dimension
     */
    public CachedEmbedder(SentenceEmbedder delegate, EmbeddingCache cache) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.cache = Objects.requireNonNull(cache, "cache");
        if (!cache.modelId().equals(delegate.modelId()) || cache.dimension() != delegate.dimension()) {
            throw new IllegalArgumentException("Cache " + cache.file() + " holds " + cache.modelId() + " ("
                    + cache.dimension() + "-d); expected " + delegate.modelId() + " (" + delegate.dimension() + "-d)");
        }
    }

    @Override
    public float[] embed(List<String> sentences) {
        String key = String.join(SEPARATOR, sentences);
        float[] hit = cache.get(key);
        if (hit != null) {
            return hit;
        }
        float[] v = delegate.embed(sentences);
        cache.put(key, v);
        return v;
    }

    /** Sends only the distinct missing texts to the wrapped embedder, in one call. */
    @Override
    public List<float[]> embedAll(List<List<String>> texts) {
        List<String> keys = new ArrayList<>(texts.size());
        Map<String, List<String>> misses = new LinkedHashMap<>();
        for (List<String> text : texts) {
            String key = String.join(SEPARATOR, text);
            keys.add(key);
            if (!misses.containsKey(key) && cache.get(key) == null) {
                misses.put(key, text);
            }
        }
        Map<String, float[]> fresh = new LinkedHashMap<>();
        if (!misses.isEmpty()) {
            List<float[]> vectors = delegate.embedAll(new ArrayList<>(misses.values()));
            int i = 0;
            for (String key : misses.keySet()) {
                float[] v = vectors.get(i++);
                cache.put(key, v);
                fresh.put(key, v);
            }
        }
        List<float[]> out = new ArrayList<>(texts.size());
        for (String key : keys) {
            float[] v = fresh.get(key);
            out.add(v != null ? v.clone() : cache.get(key));
        }
        return out;
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
    public int maxWordPieces() {
        return delegate.maxWordPieces();
    }
}
