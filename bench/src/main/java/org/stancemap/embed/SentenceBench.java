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
            return String.format("raw workers %d %s intra %s batch %2d %s opt %s mem %s arena %s %s", workers,
                    perWorkerSession ? "session/worker" : "shared-session", intraOp == 0 ? "default" : String.valueOf(intraOp), batch, sorted ? "sorted" : "input-order",
                    opt.name().replace("_OPT", ""), memPattern ? "on" : "off", arena ? "on" : "off",
                    mode == OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL ? "seq" : "par");
        }
    }

    /**
     * {@code SentenceBench split BUNDLE IN.jsonl OUT.txt} writes the sentences the bundle's analyzer
     * finds; {@code SentenceBench SENTENCES.txt [full | stats | threads,l4j,batch,options,best (any of them)] [REPEAT]} times them.
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

        if (sweep.equals("stats")) {
            return;
        }
        // Reference vectors: the production path, one window at a time.
        List<float[]> reference = new ArrayList<>();
        for (String w : windows) {
            reference.add(prod.embed(List.of(w)));
        }
        var all = OrtSession.SessionOptions.OptLevel.ALL_OPT;
        var seq = OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL;
        List<Case> cases = new ArrayList<>();
        if (sweep.equals("full") || sweep.contains("l4j") || sweep.contains("best")) {
            cases.add(new L4jCase(2, 1, windows));
        }
        if (sweep.equals("full") || sweep.contains("l4j")) {
            cases.add(new L4jCase(2, 2, windows));
            cases.add(new L4jCase(1, 1, windows));
        }
        List<Setting> settings = new ArrayList<>();
        if (sweep.equals("full") || sweep.contains("threads")) {
            settings.add(new Setting(2, true, 1, 1, false, all, true, true, seq));
            settings.add(new Setting(2, false, 0, 1, false, all, true, true, seq)); // the former default path
            settings.add(new Setting(2, false, 1, 1, false, all, true, true, seq));
            settings.add(new Setting(2, true, 2, 1, false, all, true, true, seq));
            settings.add(new Setting(1, true, 2, 1, false, all, true, true, seq));
            settings.add(new Setting(1, true, 1, 1, false, all, true, true, seq));
        }
        if (sweep.equals("full") || sweep.contains("batch")) {
            settings.add(new Setting(2, true, 1, 1, false, all, true, true, seq));
            for (int b : new int[] {4, 16, 64}) {
                settings.add(new Setting(2, true, 1, b, false, all, true, true, seq));
                settings.add(new Setting(2, true, 1, b, true, all, true, true, seq));
            }
        }
        if (sweep.equals("full") || sweep.contains("options")) {
            settings.add(new Setting(2, true, 1, 1, false, all, true, true, seq));
            settings.add(new Setting(2, true, 1, 1, false, OrtSession.SessionOptions.OptLevel.BASIC_OPT, true, true, seq));
            settings.add(new Setting(2, true, 1, 1, false, OrtSession.SessionOptions.OptLevel.EXTENDED_OPT, true, true, seq));
            settings.add(new Setting(2, true, 1, 1, false, OrtSession.SessionOptions.OptLevel.NO_OPT, true, true, seq));
            settings.add(new Setting(2, true, 1, 1, false, all, false, true, seq));
            settings.add(new Setting(2, true, 1, 1, false, all, true, false, seq));
            settings.add(new Setting(2, true, 1, 1, false, all, true, true, OrtSession.SessionOptions.ExecutionMode.PARALLEL));
        }
        for (Setting st : settings.stream().distinct().toList()) {
            cases.add(new RawCase(st, onnx, enc));
        }
        // Rounds: every case once per round, so that load from other work falls on all of them alike.
        // CPU time of the whole process (ONNX Runtime's native threads included) beside the wall time:
        // on a machine shared with other work it is the steadier measure of what a setting costs.
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[][] times = new double[cases.size()][repeat];
        double[][] cpu = new double[cases.size()][repeat];
        for (Case c : cases) {
            c.once();
        }
        for (int r = 0; r < repeat; r++) {
            for (int i = 0; i < cases.size(); i++) {
                long c0 = os.getProcessCpuTime();
                times[i][r] = cases.get(i).once();
                cpu[i][r] = (os.getProcessCpuTime() - c0) / 1e9;
            }
        }
        out.printf("median of %d interleaved rounds (best in brackets); abstracts/s, sentences/s, word pieces/s (non-padding, with [CLS]/[SEP]);"
                + " CPU ms per abstract (all threads)%n", repeat);
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            double[] t = times[i].clone();
            Arrays.sort(t);
            double med = t.length % 2 == 1 ? t[t.length / 2] : (t[t.length / 2 - 1] + t[t.length / 2]) / 2;
            double[] u = cpu[i].clone();
            Arrays.sort(u);
            out.printf("%-88s %6.1f [%5.1f] abstracts/s %6.1f sentences/s %7.0f pieces/s %6.1f CPU ms/abstract padding %4.1f%% max|dv| %s%n",
                    c.label(), abstracts / med, abstracts / t[0], sentences.size() / med, pieces / med,
                    1000 * u[u.length / 2] / abstracts, 100 * c.padding(),
                    Double.isNaN(c.maxDiff(reference)) ? "-" : String.format("%.1e", c.maxDiff(reference)));
            c.close();
        }
        out.printf("load average at the end %.2f%n", load());
    }

    /** One setting under test. */
    private interface Case {
        String label();

        /** Embeds every window once; seconds. */
        double once();

        double padding();

        /** Largest absolute difference from the production vectors, NaN when not computed. */
        double maxDiff(List<float[]> reference);

        void close();
    }

    /** The production path, {@link OnnxSentenceEmbedder}. */
    private static final class L4jCase implements Case {
        private final OnnxSentenceEmbedder e;
        private final List<List<String>> single;
        private final String label;

        L4jCase(int parallelism, int intraOp, List<String> windows) {
            this.e = EmbeddingModels.load(EmbeddingModels.DEFAULT_ID, new EmbeddingModels.Options(parallelism, intraOp));
            this.single = windows.stream().map(List::of).toList();
            this.label = String.format("production (LangChain4j) workers %d, shared session, intra %d", parallelism, intraOp);
        }

        public String label() {
            return label;
        }

        public double once() {
            long t0 = System.nanoTime();
            e.embedAll(single);
            return (System.nanoTime() - t0) / 1e9;
        }

        public double padding() {
            return 0;
        }

        public double maxDiff(List<float[]> reference) {
            return Double.NaN;
        }

        public void close() {
        }
    }

    /** ONNX Runtime called directly, batching as the setting says. */
    private static final class RawCase implements Case {
        private final Setting s;
        private final OrtEnvironment env = OrtEnvironment.getEnvironment();
        private final OrtSession[] sessions;
        private final List<Encoding> enc;
        private final List<int[]> batches = new ArrayList<>();
        private final float[][] vectors;
        private final ExecutorService pool;
        private final double padding;

        RawCase(Setting s, byte[] onnx, List<Encoding> enc) throws OrtException {
            this.s = s;
            this.enc = enc;
            this.sessions = new OrtSession[s.perWorkerSession() ? s.workers() : 1];
            for (int i = 0; i < sessions.length; i++) {
                OrtSession.SessionOptions so = new OrtSession.SessionOptions();
                if (s.intraOp() > 0) {
                    so.setIntraOpNumThreads(s.intraOp());
                }
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
            long padded = 0;
            long pieces = 0;
            for (int from = 0; from < order.length; from += s.batch()) {
                int to = Math.min(order.length, from + s.batch());
                int[] b = new int[to - from];
                int max = 0;
                for (int j = from; j < to; j++) {
                    b[j - from] = order[j];
                    max = Math.max(max, enc.get(order[j]).getIds().length);
                    pieces += enc.get(order[j]).getIds().length;
                }
                padded += (long) max * b.length;
                batches.add(b);
            }
            this.padding = 1 - (double) pieces / padded;
            this.vectors = new float[enc.size()][];
            this.pool = Executors.newFixedThreadPool(s.workers());
        }

        public String label() {
            return s.label();
        }

        public double once() {
            AtomicInteger next = new AtomicInteger();
            long t0 = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < s.workers(); w++) {
                OrtSession session = sessions[w % sessions.length];
                done.add(pool.submit(() -> {
                    for (int k; (k = next.getAndIncrement()) < batches.size(); ) {
                        runBatch(env, session, enc, batches.get(k), vectors);
                    }
                    return null;
                }));
            }
            try {
                for (Future<?> f : done) {
                    f.get();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return (System.nanoTime() - t0) / 1e9;
        }

        public double padding() {
            return padding;
        }

        public double maxDiff(List<float[]> reference) {
            double maxDiff = 0;
            for (int i = 0; i < vectors.length; i++) {
                for (int j = 0; j < vectors[i].length; j++) {
                    maxDiff = Math.max(maxDiff, Math.abs(vectors[i][j] - reference.get(i)[j]));
                }
            }
            return maxDiff;
        }

        public void close() {
            pool.shutdownNow();
            for (OrtSession session : sessions) {
                try {
                    session.close();
                } catch (OrtException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
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

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
