package org.stancemap.embed;

import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The embedding models Stancemap knows, by id. A model costs a few seconds and about 100 MB to load,
 * so {@link #open(String)} loads each once per JVM and shares it; {@link #load(String, Options)}
 * makes a private instance with other threading (benchmarks, tests). Thread-safe.
 *
 * <ul>
 *   <li>{@code bge-small-en-v1.5-q} (default): BAAI bge-small-en-v1.5, int8, CLS pooling, 384-d,
 *       windows of 510 word pieces; the most accurate on this literature.</li>
 *   <li>{@code all-minilm-l6-v2-q}: all-MiniLM-L6-v2, int8, mean pooling, 384-d, windows of 126
 *       word pieces (its bundled tokenizer truncates at 128); the fastest.</li>
 * </ul>
 */
public final class EmbeddingModels {

    /** The model used when none is named. */
    public static final String DEFAULT_ID = "bge-small-en-v1.5-q";

    private static final Map<String, ModelSpec> SPECS = Map.of(
            DEFAULT_ID, new ModelSpec(DEFAULT_ID, "bge-small-en-v1.5-q.onnx",
                    "bge-small-en-v1.5-q-tokenizer.json", PoolingMode.CLS, 384, 510),
            "all-minilm-l6-v2-q", new ModelSpec("all-minilm-l6-v2-q", "all-minilm-l6-v2-q.onnx",
                    "all-minilm-l6-v2-q-tokenizer.json", PoolingMode.MEAN, 384, 126));

    private static final Map<String, OnnxSentenceEmbedder> SHARED = new ConcurrentHashMap<>();

    private EmbeddingModels() {
    }

    /**
     * How a model uses threads.
     *
     * @param parallelism    windows embedded at once by one {@code embedAll} call (workers sharing
     *                       one ONNX Runtime session); 1 runs them on the calling thread
     * @param intraOpThreads ONNX Runtime threads inside one window's run; 0 leaves ONNX Runtime's
     *                       default (one per physical core)
     */
    public record Options(int parallelism, int intraOpThreads) {

        public Options {
            if (parallelism < 1) {
                throw new IllegalArgumentException("Invalid parallelism: " + parallelism + " (expected >= 1)");
            }
            if (intraOpThreads < 0) {
                throw new IllegalArgumentException("Invalid intraOpThreads: " + intraOpThreads + " (expected >= 0)");
            }
        }

        /**
         * Defaults: one worker per core (at most {@value #MAX_DEFAULT_WORKERS}), one intra-op thread
         * per run; fastest measured on 2 cores (bench/README.md, "Default path").
         */
        public Options() {
            this(Math.max(1, Math.min(MAX_DEFAULT_WORKERS, Runtime.getRuntime().availableProcessors())), 1);
        }
    }

    /** The most workers the default {@link Options} use. */
    public static final int MAX_DEFAULT_WORKERS = 8;

    /** Known model ids, sorted. */
    public static List<String> knownIds() {
        return SPECS.keySet().stream().sorted().toList();
    }

    /**
     * The shared instance of model {@code modelId} with default {@link Options}, loaded on first use.
     *
     * @throws IllegalArgumentException for an unknown id, listing the known ones
     */
    public static OnnxSentenceEmbedder open(String modelId) {
        return open(modelId, 0);
    }

    /**
     * The shared instance of model {@code modelId} reading windows of {@code window} word pieces (0:
     * the model's own, {@link #maxWindow(String)}).
     *
     * @throws IllegalArgumentException for an unknown id, or a window below 0 or above the model's
     */
    public static OnnxSentenceEmbedder open(String modelId, int window) {
        ModelSpec spec = spec(modelId, window);
        return SHARED.computeIfAbsent(spec.id() + "@" + spec.maxWordPieces(), id -> create(spec, new Options()));
    }

    /** A new, unshared instance of model {@code modelId}; same contract as {@link #open(String)}. */
    public static OnnxSentenceEmbedder load(String modelId, Options options) {
        return create(spec(modelId), options);
    }

    /** A new, unshared instance with windows of {@code window} word pieces; see {@link #open(String, int)}. */
    public static OnnxSentenceEmbedder load(String modelId, int window, Options options) {
        return create(spec(modelId, window), options);
    }

    /**
     * The largest window model {@code modelId} reads, in word pieces without [CLS] and [SEP].
     *
     * @throws IllegalArgumentException for an unknown id
     */
    public static int maxWindow(String modelId) {
        return spec(modelId).maxWordPieces();
    }

    private static ModelSpec spec(String modelId, int window) {
        ModelSpec spec = spec(modelId);
        if (window < 0 || window > spec.maxWordPieces()) {
            throw new IllegalArgumentException("Invalid window: " + window + " word pieces (expected 1 to "
                    + spec.maxWordPieces() + " for " + spec.id() + ", or 0 for " + spec.maxWordPieces() + ")");
        }
        return window == 0 ? spec : spec.withWindow(window);
    }

    static ModelSpec spec(String modelId) {
        ModelSpec spec = modelId == null ? null : SPECS.get(modelId);
        if (spec == null) {
            throw new IllegalArgumentException("Unknown embedding model: '" + modelId + "' (expected one of "
                    + String.join(", ", knownIds()) + ")");
        }
        return spec;
    }

    private static OnnxSentenceEmbedder create(ModelSpec spec, Options options) {
        return new OnnxSentenceEmbedder(spec, options, executor(spec.id(), options.parallelism()));
    }

    /** Daemon threads, so a batch job ends when its main thread does; null for one worker (the caller's thread). */
    private static ExecutorService executor(String id, int parallelism) {
        if (parallelism == 1) {
            return null;
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "embed-" + id + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        return pool;
    }
}
