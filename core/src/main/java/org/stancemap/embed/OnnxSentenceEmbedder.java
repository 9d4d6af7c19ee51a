package org.stancemap.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A LangChain4j in-process ONNX model (int8, from its Maven jar; no network) that embeds whole
 * texts: the sentences are packed into windows that fit the model ({@link WindowPacker}), every
 * window is embedded, and the window vectors are averaged with their word-piece counts as weights
 * and scaled to unit length. A text that fits one window gets exactly LangChain4j's vector for it.
 *
 * <p>Thread-safe: ONNX Runtime sessions accept concurrent runs. Obtain instances from
 * {@link EmbeddingModels}; the native session lives as long as the JVM. A window's vector does not
 * depend on the other windows of the call, nor on which worker ran it.
 */
public final class OnnxSentenceEmbedder implements SentenceEmbedder {

    private final ModelSpec spec;
    private final JarModel model;
    private final int parallelism;
    private final ExecutorService workers;
    private final WordPieceCounter counter;
    private final WindowPacker packer;
    private final String fingerprint;

    /**
     * {@code options.parallelism()} workers sharing one ONNX Runtime session with
     * {@code options.intraOpThreads()} threads per run: on 2 cores, two runs side by side with one
     * intra-op thread each are twice as fast as runs with two (ONNX Runtime's pool spin-waits), and
     * a session per worker was no faster and raised the peak RSS (bench/README.md, "Default path").
     */
    OnnxSentenceEmbedder(ModelSpec spec, EmbeddingModels.Options options, ExecutorService workers) {
        this.spec = spec;
        this.counter = WordPieceCounter.fromResource(spec.tokenizerResource());
        this.packer = new WindowPacker(spec.maxWordPieces(), counter::count);
        this.workers = workers;
        byte[] onnx = bytes(spec.onnxResource());
        byte[] tokenizer = bytes(spec.tokenizerResource());
        this.fingerprint = fingerprint(spec, onnx, tokenizer);
        this.model = new JarModel(encoder(spec, options, onnx, tokenizer), Runnable::run, spec.dimension());
        this.parallelism = options.parallelism();
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = ModelSpec.resource(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** Model id, window and the first 16 hex digits of SHA-256 over the ONNX and tokenizer bytes and the pooling. */
    private static String fingerprint(ModelSpec spec, byte[] onnx, byte[] tokenizer) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(onnx);
            sha.update(tokenizer);
            sha.update(spec.pooling().name().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return spec.id() + "-w" + spec.maxWordPieces() + "-" + java.util.HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this Java runtime", e);
        }
    }

    private static OnnxBertBiEncoder encoder(ModelSpec spec, EmbeddingModels.Options options, byte[] onnx, byte[] tokenizer) {
        try {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions so = new OrtSession.SessionOptions();
            if (options.intraOpThreads() > 0) {
                so.setIntraOpNumThreads(options.intraOpThreads());
            }
            OrtSession session = env.createSession(onnx, so);
            return new OnnxBertBiEncoder(env, session, new java.io.ByteArrayInputStream(tokenizer), spec.pooling());
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load model " + spec.onnxResource(), e);
        }
    }

    @Override
    public float[] embed(List<String> sentences) {
        return embedAll(List.of(sentences)).get(0);
    }

    /** Embeds the windows of all texts in one LangChain4j call, which spreads them over its executor. */
    @Override
    public List<float[]> embedAll(List<List<String>> texts) {
        List<List<WindowPacker.Window>> windowsPerText = new ArrayList<>(texts.size());
        List<TextSegment> segments = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            List<WindowPacker.Window> windows = packer.pack(texts.get(i));
            if (windows.isEmpty()) {
                throw new IllegalArgumentException("Text " + i + " of " + texts.size()
                        + " has no word to embed (sentences: " + texts.get(i).size() + ")");
            }
            windowsPerText.add(windows);
            windows.forEach(w -> segments.add(TextSegment.from(w.text())));
        }
        if (segments.isEmpty()) {
            return List.of();
        }
        List<Embedding> vectors = run(segments);
        List<float[]> out = new ArrayList<>(texts.size());
        int next = 0;
        for (List<WindowPacker.Window> windows : windowsPerText) {
            out.add(pool(windows, vectors.subList(next, next + windows.size())));
            next += windows.size();
        }
        return out;
    }

    /**
     * Every segment on its own (batch of one: the int8 model quantizes activations over the whole
     * input tensor, so batch-mates would change a window's vector), spread over the workers; the
     * calling thread waits.
     */
    private List<Embedding> run(List<TextSegment> segments) {
        if (workers == null || segments.size() == 1) {
            return model.embedAll(segments).content();
        }
        Embedding[] out = new Embedding[segments.size()];
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>(parallelism);
        for (int w = 0; w < parallelism; w++) {
            running.add(workers.submit(() -> {
                for (int k; (k = next.getAndIncrement()) < out.length; ) {
                    out[k] = model.embed(segments.get(k)).content();
                }
            }));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (InterruptedException e) {
                next.set(out.length);
                Thread.currentThread().interrupt();
                throw new IllegalStateException("embedding interrupted", e);
            } catch (ExecutionException e) {
                next.set(out.length);
                Throwable c = e.getCause();
                throw c instanceof RuntimeException r ? r : new IllegalStateException(c);
            }
        }
        return Arrays.asList(out);
    }

    /** Weighted mean of unit window vectors, renormalised; doubles keep the sum order-stable and exact enough. */
    private static float[] pool(List<WindowPacker.Window> windows, List<Embedding> vectors) {
        if (windows.size() == 1) {
            return vectors.get(0).vector().clone();
        }
        int dim = vectors.get(0).dimension();
        double[] sum = new double[dim];
        for (int w = 0; w < windows.size(); w++) {
            float[] v = vectors.get(w).vector();
            int weight = windows.get(w).wordPieces();
            for (int j = 0; j < dim; j++) {
                sum[j] += (double) weight * v[j];
            }
        }
        double norm = 0;
        for (double x : sum) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[dim];
        for (int j = 0; j < dim; j++) {
            out[j] = (float) (sum[j] / norm);
        }
        return out;
    }

    /** The windows this embedder makes of {@code sentences}, in order. */
    public List<WindowPacker.Window> windows(List<String> sentences) {
        return packer.pack(sentences);
    }

    /** Word pieces the model's tokenizer makes of {@code text}, without special tokens or truncation. */
    public int wordPieces(String text) {
        return counter.count(text);
    }

    /** Model id, window size and a hash of the ONNX and tokenizer files: what a cached vector depends on. */
    @Override
    public String fingerprint() {
        return fingerprint;
    }

    @Override
    public String modelId() {
        return spec.id();
    }

    @Override
    public int dimension() {
        return spec.dimension();
    }

    @Override
    public int maxWordPieces() {
        return spec.maxWordPieces();
    }

    @Override
    public String toString() {
        return "OnnxSentenceEmbedder[" + spec.id() + ", " + spec.maxWordPieces() + " pieces/window]";
    }

    /** LangChain4j's embedding model around an encoder we loaded, so we choose session options and executor. */
    private static final class JarModel extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;
        private final int knownDimension;

        JarModel(OnnxBertBiEncoder encoder, Executor executor, int knownDimension) {
            super(executor);
            this.encoder = encoder;
            this.knownDimension = knownDimension;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return knownDimension;
        }
    }
}
