package org.stancemap.bundle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stancemap.embed.CachedEmbedder;
import org.stancemap.embed.EmbeddingCache;
import org.stancemap.embed.EmbeddingModels;
import org.stancemap.embed.SentenceEmbedder;

/**
 * Opens the embedding model a bundle was trained with and proves it is the same model: the
 * embedding of a fixed probe sentence must match the fingerprint recorded at training time.
 */
public final class Embeddings {
    /** The probe sentence of every fingerprint. */
    public static final String PROBE = "The social credit system rates citizens, firms and officials.";
    private static final int FINGERPRINT_SIZE = 8;
    private static final double TOLERANCE = 1e-4;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Embeddings.class);
    private static final java.util.Set<Path> WARNED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private Embeddings() {}

    /**
     * Opens a model by id, with a disk cache of embeddings when {@code cacheDir} is not null.
     *
     * @throws IllegalArgumentException for an unknown model id, naming the known ones
     */
    public static SentenceEmbedder open(String modelId, Path cacheDir) {
        return open(modelId, 0, cacheDir);
    }

    /**
     * Opens a model by id reading windows of {@code window} word pieces (0: the model's own), with a
     * disk cache of embeddings when {@code cacheDir} is not null.
     *
     * @throws IllegalArgumentException for an unknown model id or a window the model cannot read
     */
    public static SentenceEmbedder open(String modelId, int window, Path cacheDir) {
        SentenceEmbedder model = EmbeddingModels.open(modelId, window);
        return cacheDir == null || !usable(cacheDir) ? model
                : new CachedEmbedder(model, EmbeddingCache.open(cacheDir, model.fingerprint(), model.dimension()));
    }

    /** Whether {@code dir} is (or can be made) a writable folder; warns once per folder when not, and the run goes on uncached. */
    private static boolean usable(Path dir) {
        try {
            java.nio.file.Files.createDirectories(dir);
            if (java.nio.file.Files.isWritable(dir)) {
                return true;
            }
        } catch (java.io.IOException | SecurityException e) {
            // warned below
        }
        if (WARNED.add(dir.toAbsolutePath().normalize())) {
            LOG.warn("Embedding cache folder {} is not writable; running without the embedding cache", dir);
        }
        return false;
    }

    /** What the manifest records about an embedding model; the window only when it is not the model's own. */
    public static Manifest.EmbeddingInfo describe(SentenceEmbedder model) {
        int own = EmbeddingModels.maxWindow(model.modelId());
        return new Manifest.EmbeddingInfo(model.modelId(), model.dimension(),
                LibraryVersions.all().get("langchain4j-embeddings"), PROBE, fingerprint(model))
                .withWindow(model.maxWordPieces() == own ? null : model.maxWordPieces());
    }

    /**
     * Opens the bundle's embedding model and checks its fingerprint.
     *
     * @throws IOException when the model on the classpath differs from the one the bundle was trained with
     */
    public static SentenceEmbedder openVerified(Manifest manifest, Path cacheDir) throws IOException {
        Manifest.EmbeddingInfo info = manifest.embedding();
        SentenceEmbedder model;
        try {
            model = open(info.model(), info.windowOrDefault(), cacheDir);
        } catch (IllegalArgumentException e) {
            throw new IOException("bundle " + manifest.modelId() + " needs embedding model " + info.model()
                    + ", which this build does not have: " + e.getMessage(), e);
        }
        if (model.dimension() != info.dimension()) {
            throw new IOException("bundle " + manifest.modelId() + " was trained with " + info.dimension()
                    + "-dimensional embeddings, the classpath's " + info.model() + " gives " + model.dimension());
        }
        List<Double> now = fingerprint(EmbeddingModels.open(info.model(), info.windowOrDefault()));
        for (int i = 0; i < now.size(); i++) {
            if (i >= info.fingerprint().size() || Math.abs(now.get(i) - info.fingerprint().get(i)) > TOLERANCE) {
                throw new IOException("bundle " + manifest.modelId() + ": the embedding model on the classpath ("
                        + info.model() + ", library " + LibraryVersions.all().get("langchain4j-embeddings")
                        + ") differs from the one it was trained with (library " + info.library()
                        + "): the probe sentence embeds differently; retrain the bundle");
            }
        }
        return model;
    }

    static List<Double> fingerprint(SentenceEmbedder model) {
        float[] v = model.embed(List.of(PROBE));
        List<Double> out = new ArrayList<>(FINGERPRINT_SIZE);
        for (int i = 0; i < FINGERPRINT_SIZE && i < v.length; i++) {
            out.add(Math.round(v[i] * 1e6) / 1e6);
        }
        return out;
    }
}
