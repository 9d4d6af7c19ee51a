package org.stancemap.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.stancemap.text.AnalyzerSettings.Mode;

/**
 * Throughput of both analysis modes on 1 and 2 threads. Usage:
 * {@code AnalyzerBench [--repeat N] [TEXTS_FILE]}, where TEXTS_FILE holds one text per line; without
 * it the texts of {@code corpus/seed.jsonl} (field {@code text}) are used. The texts are repeated N
 * times (default 20); one untimed pass over them per mode warms up first. A developer tool: prints
 * a table to standard output.
 */
public final class AnalyzerBench {

    /** One timed run. */
    record Result(Mode mode, int threads, int texts, long tokens, double seconds) {
        double textsPerSecond() {
            return texts / seconds;
        }

        double tokensPerSecond() {
            return tokens / seconds;
        }
    }

    private AnalyzerBench() {
    }

    public static void main(String[] args) throws Exception {
        int repeat = 20;
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--repeat") && i + 1 < args.length) {
                repeat = Integer.parseInt(args[++i]);
                if (repeat < 1) {
                    throw new IllegalArgumentException("Invalid --repeat: " + repeat + " (expected >= 1)");
                }
            } else {
                file = Path.of(args[i]);
            }
        }
        Path seed = Path.of("corpus", "seed.jsonl");
        List<String> texts;
        if (file != null) {
            texts = readLines(file);
        } else if (Files.isRegularFile(seed)) {
            texts = readJsonl(seed);
        } else {
            System.err.println("usage: AnalyzerBench [--repeat N] [TEXTS_FILE]  (no TEXTS_FILE and no " + seed + ")");
            return;
        }
        List<String> work = new ArrayList<>(texts.size() * repeat);
        for (int r = 0; r < repeat; r++) {
            work.addAll(texts);
        }
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "%d texts x %d = %d, %d cores, Java %s%n", texts.size(), repeat, work.size(),
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        out.printf(Locale.ROOT, "%-9s %7s %9s %9s %8s %11s %10s%n",
                "mode", "threads", "abstracts", "tokens", "seconds", "abstracts/s", "tokens/s");
        for (Mode mode : List.of(Mode.ACCURATE, Mode.FAST)) { // the CoreNLP modes; quick: AnalyzerAgreement
            CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(AnalyzerSettings.defaults(mode));
            measure(analyzer, work, 2); // warm-up: builds the pipeline and lets the JIT compile the hot paths
            for (int threads = 1; threads <= 2; threads++) {
                Result r = measure(analyzer, work, threads);
                out.printf(Locale.ROOT, "%-9s %7d %9d %9d %8.2f %11.1f %10.0f%n", mode.id(), threads, r.texts(),
                        r.tokens(), r.seconds(), r.textsPerSecond(), r.tokensPerSecond());
            }
        }
    }

    /** Analyses every text once on {@code threads} threads; counts CoreNLP tokens before filtering. */
    static Result measure(CoreNlpAnalyzer analyzer, List<String> texts, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Integer>> counts = new ArrayList<>(texts.size());
            for (String text : texts) {
                counts.add(pool.submit(() -> {
                    List<Token> tokens = analyzer.tokens(text);
                    analyzer.steps().apply(tokens.stream().map(Token::lemma).toList());
                    return tokens.size();
                }));
            }
            long tokens = 0;
            for (Future<Integer> f : counts) {
                tokens += f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result(analyzer.settings().mode(), threads, texts.size(), tokens, seconds);
        } finally {
            pool.shutdownNow();
        }
    }

    static List<String> readLines(Path file) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                texts.add(line);
            }
        }
        return Collections.unmodifiableList(texts);
    }

    static List<String> readJsonl(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode text = json.readTree(lines.get(i)).get("text");
            if (text == null || !text.isTextual()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": no string field 'text' in the record");
            }
            texts.add(text.asText());
        }
        return Collections.unmodifiableList(texts);
    }
}
