package org.stancemap.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Developer benchmark: throughput of whole-abstract embeddings per model and threading, and how many
 * texts overflow one window. Not part of the {@code stancemap} command.
 *
 * <p>Usage: {@code EmbeddingBench [--repeat N] [--models id,id] [--batches 1,16] [texts.txt]}. Texts
 * come from {@code corpus/seed.jsonl} (field {@code text}) when present, else from the given file, one
 * text per line. Sentences are split by the fallback rule {@link #sentences(String)}, not CoreNLP.
 */
public final class EmbeddingBench {

    private EmbeddingBench() {
    }

    public static void main(String[] args) throws IOException {
        int repeat = 4;
        List<String> models = EmbeddingModels.knownIds();
        int[] batches = {1, 16};
        Path input = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--repeat" -> repeat = Integer.parseInt(value(args, ++i));
                case "--models" -> models = List.of(value(args, ++i).split(","));
                case "--batches" -> batches = Arrays.stream(value(args, ++i).split(",")).mapToInt(Integer::parseInt).toArray();
                default -> input = Path.of(args[i]);
            }
        }
        Path seed = Path.of("corpus", "seed.jsonl");
        List<String> texts = input != null ? lines(input) : jsonlTexts(seed);
        run(texts, repeat, models, batches, System.out);
    }

    private static void run(List<String> texts, int repeat, List<String> models, int[] batches, PrintStream out) {
        List<List<String>> docs = new ArrayList<>();
        for (int r = 0; r < repeat; r++) {
            texts.forEach(t -> docs.add(sentences(t)));
        }
        out.printf("%d texts x %d = %d; %d processors; load average %.2f%n", texts.size(), repeat, docs.size(),
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (String id : models) {
            for (EmbeddingModels.Options opt : List.of(new EmbeddingModels.Options(1, 0), new EmbeddingModels.Options(2, 0),
                    new EmbeddingModels.Options(1, 1), new EmbeddingModels.Options(2, 1))) {
                OnnxSentenceEmbedder e = EmbeddingModels.load(id, opt);
                if (opt.equals(new EmbeddingModels.Options(1, 0))) {
                    overflow(e, texts, out);
                }
                e.embedAll(docs.subList(0, Math.min(4, docs.size())));
                for (int batch : batches) {
                    long t0 = System.nanoTime();
                    for (int from = 0; from < docs.size(); from += batch) {
                        e.embedAll(docs.subList(from, Math.min(docs.size(), from + batch)));
                    }
                    double s = (System.nanoTime() - t0) / 1e9;
                    out.printf("%-20s parallelism %d, intra-op %s, batch %3d: %6.1f abstracts/s, wall %6.2f s%n", id,
                            opt.parallelism(), opt.intraOpThreads() == 0 ? "default" : String.valueOf(opt.intraOpThreads()),
                            batch, docs.size() / s, s);
                }
            }
        }
    }

    private static void overflow(OnnxSentenceEmbedder e, List<String> texts, PrintStream out) {
        int over = 0;
        int max = 0;
        long sum = 0;
        int windows = 0;
        for (String t : texts) {
            int n = e.wordPieces(t);
            over += n > e.maxWordPieces() ? 1 : 0;
            max = Math.max(max, n);
            sum += n;
            windows += e.windows(sentences(t)).size();
        }
        out.printf("%-20s %d of %d texts exceed one window of %d pieces; pieces mean %.0f, max %d; %d windows%n",
                e.modelId(), over, texts.size(), e.maxWordPieces(), (double) sum / texts.size(), max, windows);
    }

    /** Fallback sentence split: after '.', '!' or '?' followed by whitespace. */
    static List<String> sentences(String text) {
        return List.of(text.strip().split("(?<=[.!?])\\s+"));
    }

    private static List<String> jsonlTexts(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        int line = 0;
        for (String s : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            if (s.isBlank()) {
                continue;
            }
            JsonNode text = json.readTree(s).get("text");
            if (text == null || !text.isTextual()) {
                throw new IllegalArgumentException(file + ":" + line + ": no string field 'text'");
            }
            texts.add(text.asText());
        }
        return texts;
    }

    private static List<String> lines(Path file) throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("No corpus/seed.jsonl here; expected a text file argument, one text per line");
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(s -> !s.isBlank()).toList();
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException("Missing value after " + args[i - 1]);
        }
        return args[i];
    }
}
