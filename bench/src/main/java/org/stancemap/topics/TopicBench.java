package org.stancemap.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.stancemap.text.Analyzer;
import org.stancemap.text.AnalyzerSettings;
import org.stancemap.text.Analyzers;

/**
 * The topic benchmark (see {@code bench/README.md}); not part of the library API or the tests.
 *
 * <pre>
 * TopicBench train --corpus FILE --out DIR [--docs 20000] [--k 20] [--iterations 1000] [--threads 2] [--seed 1]
 *                  [--optimize-interval 10] [--burn-in 200] [--stop-window 0 --stop-tolerance 0]
 * TopicBench score --tokens DIR/tokens.txt --topics FILE --out FILE
 * TopicBench infer --model DIR --in FILE.jsonl [--analyzer fast] [--rounds 5]
 * </pre>
 *
 * {@code infer} times what classify adds per record for the topic mix: {@link TopicModel#infer}
 * on the analyzer tokens of each text (analysed once, outside the timing), the same call as
 * classify makes, over {@code --rounds} passes after one warm-up pass; it prints the median
 * microseconds per record.
 *
 * {@code train} builds a seeded pseudo-corpus by recombining the sentences of the real abstracts
 * in {@code --corpus} (JSON lines with {@code id} and {@code text}, or the R Discovery text export),
 * writes its filtered token lists to {@code tokens.txt} (one document a line), trains MALLET LDA and
 * writes {@code mallet.json} and {@code mallet-topics.txt}. {@code score} computes the coherence of
 * another tool's topics (one topic a line, top words space-separated) on the same token lists, with
 * the same {@link CoherenceIndex} code path.
 *
 * <p>Tokens: lowercase letter runs of 3+ characters without Smile's default English stop words, a
 * stand-in for the project analyzer (not on this branch when the benchmark was written); the
 * sampler's speed depends on token counts, not on how the lemmas were made.
 */
public final class TopicBench {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s*(?=\\p{Lu})");
    /** Share of a pseudo-document's sentences drawn from its primary abstract. */
    private static final double PRIMARY_SHARE = 0.75;

    private TopicBench() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || !List.of("train", "score", "infer").contains(args[0])) {
            throw new IllegalArgumentException("usage: TopicBench train|score|infer --option value ...");
        }
        Map<String, String> opt = options(Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "train" -> train(opt);
            case "score" -> score(opt);
            default -> infer(opt);
        }
    }

    private static void train(Map<String, String> opt) throws IOException {
        Path corpus = Path.of(required(opt, "corpus"));
        Path out = Path.of(required(opt, "out"));
        int docs = Integer.parseInt(opt.getOrDefault("docs", "20000"));
        int k = Integer.parseInt(opt.getOrDefault("k", "20"));
        int iterations = Integer.parseInt(opt.getOrDefault("iterations", "1000"));
        int threads = Integer.parseInt(opt.getOrDefault("threads", "2"));
        long seed = Long.parseLong(opt.getOrDefault("seed", "1"));
        int optimizeInterval = Integer.parseInt(opt.getOrDefault("optimize-interval",
                String.valueOf(TopicOptions.DEFAULT_OPTIMIZE_INTERVAL)));
        int burnIn = Integer.parseInt(opt.getOrDefault("burn-in", String.valueOf(TopicOptions.DEFAULT_BURN_IN)));
        TopicOptions.EarlyStop stop = new TopicOptions.EarlyStop(Integer.parseInt(opt.getOrDefault("stop-window", "0")),
                Double.parseDouble(opt.getOrDefault("stop-tolerance", "0")));
        Files.createDirectories(out);

        List<List<List<String>>> abstracts = new ArrayList<>();
        for (String text : readTexts(corpus)) {
            List<List<String>> sentences = new ArrayList<>();
            for (String s : SENTENCE_END.split(text)) {
                List<String> tokens = PlainTokens.of(s);
                if (!tokens.isEmpty()) {
                    sentences.add(tokens);
                }
            }
            if (!sentences.isEmpty()) {
                abstracts.add(sentences);
            }
        }
        List<TopicDocument> pseudo = pseudoCorpus(abstracts, docs, new Random(seed));
        DfFilter filter = DfFilter.defaults();
        Set<String> vocabulary = Set.copyOf(filter.vocabulary(pseudo));
        List<TopicDocument> filtered = new ArrayList<>(pseudo.size());
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve("tokens.txt"), StandardCharsets.UTF_8)) {
            for (TopicDocument d : pseudo) {
                List<String> kept = d.tokens().stream().filter(vocabulary::contains).toList();
                filtered.add(new TopicDocument(d.id(), kept));
                w.write(String.join(" ", kept));
                w.write('\n');
            }
        }

        TopicOptions options = new TopicOptions(k, iterations, TopicOptions.DEFAULT_ALPHA_SUM, TopicOptions.DEFAULT_BETA,
                optimizeInterval, burnIn, seed, threads, filter, stop);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        MalletLdaTrainer.Traced traced = MalletLdaTrainer.fitTraced(filtered, options);
        TopicModel model = traced.model();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peakHeap = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();

        try (BufferedWriter w = Files.newBufferedWriter(out.resolve("mallet-topics.txt"), StandardCharsets.UTF_8)) {
            for (int t = 0; t < k; t++) {
                w.write(String.join(" ", model.topWords(t, TopicModel.COHERENCE_WORDS)));
                w.write('\n');
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("tool", "mallet " + TopicStore.malletVersion() + " ParallelTopicModel");
        result.put("source_abstracts", abstracts.size());
        result.put("documents", model.documents());
        result.put("vocabulary", model.vocabulary().size());
        result.put("tokens", model.totalTokens());
        result.put("k", k);
        result.put("iterations", iterations);
        result.put("threads", threads);
        result.put("optimize_interval", optimizeInterval);
        result.put("burn_in", burnIn);
        result.put("early_stop", stop);
        result.put("sweeps", model.sweeps());
        result.put("seed", seed);
        result.put("wall_seconds", seconds);
        result.put("tokens_sampled_per_second", model.totalTokens() * (double) model.sweeps() / seconds);
        result.put("peak_heap_mib", peakHeap / (1024.0 * 1024.0));
        result.put("max_heap_mib", Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0));
        result.put("mean_npmi", model.coherence().stream().mapToDouble(TopicCoherence::npmi).average().orElseThrow());
        result.put("mean_umass", model.coherence().stream().mapToDouble(TopicCoherence::umass).average().orElseThrow());
        result.put("log_likelihood_per_token", traced.trace().logLikelihoods());
        result.put("topics", model.coherence());
        String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(result);
        Files.writeString(out.resolve("mallet.json"), json + "\n", StandardCharsets.UTF_8);
        System.out.println(json);
    }

    private static void score(Map<String, String> opt) throws IOException {
        List<List<String>> docs = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(required(opt, "tokens")), StandardCharsets.UTF_8)) {
            docs.add(line.isBlank() ? List.of() : List.of(line.strip().split(" ")));
        }
        CoherenceIndex index = CoherenceIndex.of(docs);
        List<TopicCoherence> topics = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(required(opt, "topics")), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                topics.add(index.score(List.of(line.strip().split("\\s+"))));
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("documents", docs.size());
        result.put("mean_npmi", topics.stream().mapToDouble(TopicCoherence::npmi).average().orElseThrow());
        result.put("mean_umass", topics.stream().mapToDouble(TopicCoherence::umass).average().orElseThrow());
        result.put("topics", topics);
        String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(result);
        Files.writeString(Path.of(required(opt, "out")), json + "\n", StandardCharsets.UTF_8);
        System.out.println(json);
    }

    private static void infer(Map<String, String> opt) throws IOException {
        TopicModel model = TopicStore.read(Path.of(required(opt, "model")));
        Analyzer analyzer = Analyzers.create(AnalyzerSettings.defaults(
                AnalyzerSettings.Mode.parse(opt.getOrDefault("analyzer", "fast"))));
        int rounds = Integer.parseInt(opt.getOrDefault("rounds", "5"));
        List<List<String>> docs = new ArrayList<>();
        for (String text : readTexts(Path.of(required(opt, "in")))) {
            docs.add(analyzer.analyze(text));
        }
        long tokens = docs.stream().mapToLong(List::size).sum();
        long known = docs.stream().flatMap(List::stream).filter(w -> model.indexOf(w) >= 0).count();
        double[] micros = new double[rounds];
        double sink = 0;
        for (int r = -1; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (List<String> d : docs) {
                sink += model.infer(d)[0];
            }
            if (r >= 0) {
                micros[r] = (System.nanoTime() - t0) / 1e3 / docs.size();
            }
        }
        Arrays.sort(micros);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("records", docs.size());
        result.put("k", model.k());
        result.put("vocabulary", model.vocabulary().size());
        result.put("mean_tokens", tokens / (double) docs.size());
        result.put("mean_tokens_in_vocabulary", known / (double) docs.size());
        result.put("rounds", rounds);
        result.put("median_microseconds_per_record", micros[rounds / 2]);
        result.put("min_microseconds_per_record", micros[0]);
        result.put("checksum", sink);
        System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
    }

    /**
     * Pseudo-documents: each takes a primary and a secondary real abstract at random, as many
     * sentences as the primary has, each drawn at random from the primary (75%) or the secondary,
     * so documents keep a topical core while the corpus grows far beyond the real one.
     */
    static List<TopicDocument> pseudoCorpus(List<List<List<String>>> abstracts, int n, Random rng) {
        List<TopicDocument> docs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<List<String>> primary = abstracts.get(rng.nextInt(abstracts.size()));
            List<List<String>> secondary = abstracts.get(rng.nextInt(abstracts.size()));
            List<String> tokens = new ArrayList<>();
            for (int s = 0; s < primary.size(); s++) {
                List<List<String>> from = rng.nextDouble() < PRIMARY_SHARE ? primary : secondary;
                tokens.addAll(from.get(rng.nextInt(from.size())));
            }
            docs.add(new TopicDocument("pseudo-" + i, tokens));
        }
        return docs;
    }
    /** Abstract texts of a JSON-lines corpus, or the bodies of an R Discovery text export. */
    static List<String> readTexts(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> texts = new ArrayList<>();
        if (file.toString().endsWith(".jsonl")) {
            ObjectMapper mapper = new ObjectMapper();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                JsonNode text = mapper.readTree(lines.get(i)).get("text");
                if (text == null || !text.isTextual()) {
                    throw new IOException(file + ":" + (i + 1) + ": no string field 'text'");
                }
                texts.add(text.asText());
            }
            return texts;
        }
        // R Discovery export: a two-line header, then entries of "- " metadata lines, each followed by its body
        for (int i = 2; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean meta = line.startsWith("- ") || line.strip().matches("\\d+") || line.isBlank();
            if (!meta && lines.get(i - 1).startsWith("- ")) {
                texts.add(line.strip());
            }
        }
        return texts;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Invalid argument '" + args[i] + "' (expected --name value pairs)");
            }
            out.put(args[i].substring(2), args[i + 1]);
        }
        return out;
    }

    private static String required(Map<String, String> opt, String name) {
        String v = opt.get(name);
        if (v == null) {
            throw new IllegalArgumentException("Missing --" + name);
        }
        return v;
    }
}
