package org.stancemap.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Developer benchmark: the embedding model alone on exactly what the default path embeds, one
 * sentence at a time (the {@code evidence} head's recipe), over session and batching settings. Not
 * part of the {@code stancemap} command.
 *
 * <p>Input: a file of sentences, one per line, a blank line after each abstract (written by
 * {@code bench/embedding/run.sh} with the bundle's own analyzer). Every line is packed into windows
 * as {@link OnnxSentenceEmbedder} does; the windows are the work.
 *
 * <p>Two runners: {@code l4j} is the production path ({@link OnnxSentenceEmbedder}, one LangChain4j
 * run per window, shared session); {@code raw} calls ONNX Runtime directly, so it can batch windows
 * (padded to the longest in the batch, optionally sorted by length first), give each worker its own
 * session and set session options. Each raw setting also reports how far its vectors are from the
 * production vectors (max absolute difference): the int8 model quantizes activations per tensor
 * (DynamicQuantizeLinear), so a window's batch-mates can change its vector.
 */
public final class SentenceBench {

    private SentenceBench() {
    }

    /** One raw setting. */
    record Setting(int workers, boolean perWorkerSession, int intraOp, int batch, boolean sorted,
                   OrtSession.SessionOptions.OptLevel opt, boolean memPattern, boolean arena,
                   OrtSession.SessionOptions.ExecutionMode mode) {
        String label() {
            return String.format("raw workers %d %s intra %d batch %2d %s opt %s mem %s arena %s %s", workers,
                    perWorkerSession ? "session/worker" : "shared-session", intraOp, batch, sorted ? "sorted" : "input-order",
                    opt.name().replace("_OPT", ""), memPattern ? "on" : "off", arena ? "on" : "off",
                    mode == OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL ? "seq" : "par");
        }
    }

    /**
     * {@code SentenceBench split BUNDLE IN.jsonl OUT.txt} writes the sentences the bundle's analyzer
     * finds; {@code SentenceBench SENTENCES.txt [full|threads|batch|options|l4j|raw] [REPEAT]} times them.
     */
    public static void main(String[] args) throws Exception {
        if (args[0].equals("split")) {
            split(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
            return;
        }
        Path input = Path.of(args[0]);
        String sweep = args.length > 1 ? args[1] : "full";
        int repeat = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        List<String> lines = Files.readAllLines(input);
        int abstracts = 0;
        List<String> sentences = new ArrayList<>();
        for (String l : lines) {
            if (l.isBlank()) {
                abstracts++;
            } else {
                sentences.add(l);
            }
        }
        run(sentences, abstracts, sweep, repeat, System.out);
    }

    /** The sentences of every text, as the bundle's {@link org.stancemap.stance.DocumentFactory} splits them. */
    private static void split(Path bundleDir, Path in, Path out) throws IOException {
        var manifest = org.stancemap.bundle.BundleReader.read(bundleDir).manifest();
        var docs = new org.stancemap.stance.DocumentFactory(org.stancemap.text.Analyzers.create(manifest.analyzer()), true);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String l : Files.readAllLines(in)) {
            if (!l.isBlank()) {
                texts.add(json.readTree(l).get("text").asText());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (var d : docs.ofAll(texts)) {
            for (String s : d.sentences()) {
                sb.append(s.replaceAll("\\s+", " ").strip()).append('\n');
            }
            sb.append('\n');
        }
        Files.writeString(out, sb);
    }

    static void run(List<String> sentences, int abstracts, String sweep, int repeat, PrintStream out) throws Exception {
        OnnxSentenceEmbedder prod = EmbeddingModels.load(EmbeddingModels.DEFAULT_ID, new EmbeddingModels.Options(1, 1));
        List<String> windows = new ArrayList<>();
        for (String s : sentences) {
            prod.windows(List.of(s)).forEach(w -> windows.add(w.text()));
        }
        byte[] onnx;
        byte[] tok;
        ModelSpec spec = EmbeddingModels.spec(EmbeddingModels.DEFAULT_ID);
        try (InputStream a = ModelSpec.resource(spec.onnxResource()); InputStream b = ModelSpec.resource(spec.tokenizerResource())) {
            onnx = a.readAllBytes();
            tok = b.readAllBytes();
        }
        HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(new java.io.ByteArrayInputStream(tok),
                Map.of("padding", "false", "truncation", "false"));
        List<Encoding> enc = windows.stream().map(tokenizer::encode).toList();
        long pieces = enc.stream().mapToLong(e -> e.getIds().length).sum();
        out.printf("%d abstracts, %d sentences, %d windows, %d word pieces with [CLS]/[SEP] (mean %.1f, max %d); "
                        + "%d processors; load average %.2f%n", abstracts, sentences.size(), windows.size(), pieces,
                (double) pieces / windows.size(), enc.stream().mapToInt(e -> e.getIds().length).max().orElse(0),
                Runtime.getRuntime().availableProcessors(), load());

        // Reference vectors: the production path, one window at a time.
        List<float[]> reference = new ArrayList<>();
        for (String w : windows) {
            reference.add(prod.embed(List.of(w)));
        }
        List<Runnable> cases = new ArrayList<>();
        for (int[] pt : new int[][] {{2, 1}, {2, 0}, {1, 2}, {1, 1}, {2, 2}}) {
            cases.add(() -> l4j(pt[0], pt[1], windows, abstracts, sentences.size(), pieces, repeat, out));
        }
        var all = OrtSession.SessionOptions.OptLevel.ALL_OPT;
        var seq = OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL;
        List<Setting> settings = new ArrayList<>();
        if (sweep.equals("full") || sweep.equals("threads")) {
            settings.add(new Setting(2, true, 1, 1, false, all, true, true, seq));
            settings.add(new Setting(2, false, 1, 1, false, all, true, true, seq));
            settings.add(new Setting(1, true, 2, 1, false, all, true, true, seq));
            settings.add(new Setting(1, true, 1, 1, false, all, true, true, seq));
        }
        if (sweep.equals("full") || sweep.equals("batch")) {
            for (int b : new int[] {4, 8, 16, 32, 64}) {
                settings.add(new Setting(2, true, 1, b, false, all, true, true, seq));
                settings.add(new Setting(2, true, 1, b, true, all, true, true, seq));
            }
            settings.add(new Setting(1, true, 2, 16, true, all, true, true, seq));
        }
        if (sweep.equals("full") || sweep.equals("options")) {
            settings.add(new Setting(2, true, 1, 1, false, OrtSession.SessionOptions.OptLevel.BASIC_OPT, true, true, seq));
            settings.add(new Setting(2, true, 1, 1, false, OrtSession.SessionOptions.OptLevel.EXTENDED_OPT, true, true, seq));
            settings.add(new Setting(2, true, 1, 1, false, OrtSession.SessionOptions.OptLevel.NO_OPT, true, true, seq));
            settings.add(new Setting(2, true, 1, 1, false, all, false, true, seq));
            settings.add(new Setting(2, true, 1, 1, false, all, true, false, seq));
            settings.add(new Setting(2, true, 1, 1, false, all, true, true, OrtSession.SessionOptions.ExecutionMode.PARALLEL));
        }
        if (!sweep.equals("raw")) {
            for (Runnable c : sweep.equals("full") || sweep.equals("l4j") ? cases : List.<Runnable>of()) {
                c.run();
            }
        }
        for (Setting s : settings) {
            raw(s, onnx, enc, reference, abstracts, sentences.size(), pieces, repeat, out);
        }
    }

    private static void l4j(int parallelism, int intraOp, List<String> windows, int abstracts, int sentences, long pieces,
                            int repeat, PrintStream out) {
        OnnxSentenceEmbedder e = EmbeddingModels.load(EmbeddingModels.DEFAULT_ID, new EmbeddingModels.Options(parallelism, intraOp));
        List<List<String>> single = windows.stream().map(List::of).toList();
        e.embedAll(single.subList(0, Math.min(16, single.size())));
        double best = Double.MAX_VALUE;
        for (int r = 0; r < repeat; r++) {
            long t0 = System.nanoTime();
            e.embedAll(single);
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        report(String.format("l4j parallelism %d, shared session, intra %s", parallelism, intraOp == 0 ? "default" : intraOp),
                best, abstracts, sentences, pieces, 0, Double.NaN, out);
    }

    private static void raw(Setting s, byte[] onnx, List<Encoding> enc, List<float[]> reference, int abstracts, int sentences,
                            long pieces, int repeat, PrintStream out) throws OrtException, InterruptedException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        int nSessions = s.perWorkerSession() ? s.workers() : 1;
        OrtSession[] sessions = new OrtSession[nSessions];
        for (int i = 0; i < nSessions; i++) {
            OrtSession.SessionOptions so = new OrtSession.SessionOptions();
            so.setIntraOpNumThreads(s.intraOp());
            so.setInterOpNumThreads(1);
            so.setOptimizationLevel(s.opt());
            so.setMemoryPatternOptimization(s.memPattern());
            so.setCPUArenaAllocator(s.arena());
            so.setExecutionMode(s.mode());
            sessions[i] = env.createSession(onnx, so);
        }
        Integer[] order = new Integer[enc.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        if (s.sorted()) {
            Arrays.sort(order, Comparator.comparingInt(i -> enc.get(i).getIds().length));
        }
        List<int[]> batches = new ArrayList<>();
        for (int from = 0; from < order.length; from += s.batch()) {
            int to = Math.min(order.length, from + s.batch());
            int[] b = new int[to - from];
            for (int j = from; j < to; j++) {
                b[j - from] = order[j];
            }
            batches.add(b);
        }
        long padded = 0;
        for (int[] b : batches) {
            int max = 0;
            for (int i : b) {
                max = Math.max(max, enc.get(i).getIds().length);
            }
            padded += (long) max * b.length;
        }
        float[][] vectors = new float[enc.size()][];
        ExecutorService pool = Executors.newFixedThreadPool(s.workers());
        double best = Double.MAX_VALUE;
        try {
            for (int r = 0; r <= repeat; r++) {
                AtomicInteger next = new AtomicInteger();
                long t0 = System.nanoTime();
                List<Future<?>> done = new ArrayList<>();
                for (int w = 0; w < s.workers(); w++) {
                    OrtSession session = sessions[w % nSessions];
                    done.add(pool.submit(() -> {
                        for (int k; (k = next.getAndIncrement()) < batches.size(); ) {
                            runBatch(env, session, enc, batches.get(k), vectors);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
                if (r > 0) {
                    best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                }
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            for (OrtSession session : sessions) {
                session.close();
            }
        }
        double maxDiff = 0;
        for (int i = 0; i < vectors.length; i++) {
            for (int j = 0; j < vectors[i].length; j++) {
                maxDiff = Math.max(maxDiff, Math.abs(vectors[i][j] - reference.get(i)[j]));
            }
        }
        report(s.label(), best, abstracts, sentences, pieces, 1 - (double) pieces / padded, maxDiff, out);
    }

    /** Embeds the windows {@code idx} in one padded run; CLS pooling and unit length, as LangChain4j. */
    static void runBatch(OrtEnvironment env, OrtSession session, List<Encoding> enc, int[] idx, float[][] into) {
        int len = 0;
        for (int i : idx) {
            len = Math.max(len, enc.get(i).getIds().length);
        }
        long[] ids = new long[idx.length * len];
        long[] mask = new long[idx.length * len];
        long[] types = new long[idx.length * len];
        for (int b = 0; b < idx.length; b++) {
            Encoding e = enc.get(idx[b]);
            System.arraycopy(e.getIds(), 0, ids, b * len, e.getIds().length);
            System.arraycopy(e.getAttentionMask(), 0, mask, b * len, e.getIds().length);
            System.arraycopy(e.getTypeIds(), 0, types, b * len, e.getIds().length);
        }
        long[] shape = {idx.length, len};
        try (OnnxTensor a = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
             OnnxTensor m = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
             OnnxTensor t = OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape);
             OrtSession.Result r = session.run(Map.of("input_ids", a, "attention_mask", m, "token_type_ids", t))) {
            java.nio.FloatBuffer h = ((OnnxTensor) r.get(0)).getFloatBuffer();
            int dim = (int) (h.capacity() / ((long) idx.length * len));
            for (int b = 0; b < idx.length; b++) {
                float[] v = new float[dim];
                h.position(b * len * dim);
                h.get(v);
                double n = 0;
                for (float x : v) {
                    n += (double) x * x;
                }
                n = Math.sqrt(n);
                for (int j = 0; j < dim; j++) {
                    v[j] = (float) (v[j] / n);
                }
                into[idx[b]] = v;
            }
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void report(String label, double s, int abstracts, int sentences, long pieces, double padding,
                               double maxDiff, PrintStream out) {
        out.printf("%-95s %6.1f abstracts/s %7.1f sentences/s %8.0f pieces/s padding %4.1f%% max|dv| %s wall %.2f s load %.2f%n",
                label, abstracts / s, sentences / s, pieces / s, 100 * padding, Double.isNaN(maxDiff) ? "-" : String.format("%.1e", maxDiff),
                s, load());
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
