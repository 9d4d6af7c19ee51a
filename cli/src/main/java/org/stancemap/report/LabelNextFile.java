package org.stancemap.report;

import org.stancemap.eval.LabelNextStrategy;
import java.util.function.Function;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stancemap.corpus.AbstractRecord;
import org.stancemap.corpus.CsvWriter;
import org.stancemap.corpus.InputFormat;

/**
 * Writes the label-next list as a CSV file a person fills in: one row per abstract, most informative
 * first, with an empty {@code label} column. Once labels are filled in, the file is a labelled corpus
 * that {@code stancemap train --corpus} reads (its CSV reader takes {@code id, doi, title, published,
 * venue, text, label, work} and ignores the other columns); rows left empty stay unlabelled.
 *
 * <p>Results do not carry the abstract's text, so the inputs classify read are read again and joined
 * by {@code source} ({@code file:line}), else by id; when no inputs are given, the files named in the
 * results' {@code source} fields are read. Stateless.
 */
public final class LabelNextFile {
    /** The columns, in order. {@code work} keeps a working paper with its journal version in retraining. */
    public static final List<String> COLUMNS = List.of("id", "doi", "title", "published", "venue", "text", "label",
            "predicted", "confidence", "margin", "entropy", "prediction_set", "top_topic", "reason", "work", "strategy");

    private LabelNextFile() {}

    /**
     * Ranks the results and writes the first {@code n} to {@code out} (atomically).
     *
     * @param results  classify JSONL files
     * @param inputs   the files classify read, or an empty list to use the results' sources
     * @param format   input format, or null to tell it from each extension
     * @return the candidates written
     * @throws IOException naming the record when its input record (and so its text) cannot be found
     */
    public static List<LabellingQueue.Candidate> write(Path out, List<Path> results, List<Path> inputs, InputFormat format,
                                                       int n, LabellingQueue.Strategy strategy) throws IOException {
        Results r = Results.read(results);
        List<LabellingQueue.Candidate> ranked = LabellingQueue.rank(r.records(), strategy, n);
        List<ResultRecord> wanted = ranked.stream().map(LabellingQueue.Candidate::record).toList();
        List<Path> sources = sources(inputs, wanted);
        write(out, ranked, InputTexts.read(sources, format, wanted), sources, strategy.name().toLowerCase(java.util.Locale.ROOT));
        return ranked;
    }

    /**
     * Picks the first {@code n} by {@link TypicalPicks} (typical records of clusters, balanced across
     * predicted stances) among the unlabelled, distinct results, and writes them (atomically).
     *
     * @param embed embeds texts as the model that classified them does (unit vectors, in order)
     * @param seed  seed of the clustering
     */
    public static List<LabellingQueue.Candidate> writeTypical(Path out, List<Path> results, List<Path> inputs,
                                                              InputFormat format, int n, Function<List<String>, List<float[]>> embed,
                                                              long seed) throws IOException {
        List<ResultRecord> pool = LabellingQueue.pool(Results.read(results).records());
        List<Path> sources = sources(inputs, pool);
        InputTexts texts = InputTexts.read(sources, format, pool);
        List<String> poolTexts = new ArrayList<>();
        for (ResultRecord r : pool) {
            poolTexts.add(require(texts, r, sources).text());
        }
        float[][] vectors = embed.apply(poolTexts).toArray(float[][]::new);
        double[][] probs = new double[pool.size()][];
        for (int i = 0; i < probs.length; i++) {
            probs[i] = pool.get(i).probabilities().values().stream().mapToDouble(Double::doubleValue).toArray();
        }
        List<LabellingQueue.Candidate> ranked = new ArrayList<>();
        for (int i : LabelNextStrategy.TYPICAL.pick(vectors, probs, n, seed)) {
            ResultRecord r = pool.get(i);
            ranked.add(LabellingQueue.candidate(ranked.size() + 1, r, "typical of a cluster of abstracts predicted "
                    + r.label() + " (cold start: typical and diverse picks teach more than uncertain outliers)"));
        }
        write(out, ranked, texts, sources, LabelNextStrategy.TYPICAL.label());
        return List.copyOf(ranked);
    }

    private static List<Path> sources(List<Path> inputs, List<ResultRecord> records) throws IOException {
        List<Path> sources = inputs.isEmpty() ? InputTexts.sourceFiles(records) : inputs;
        for (Path p : sources) {
            if (!Files.isRegularFile(p)) {
                throw new IOException(p + ": input file named in the results is not there; give the files classify read"
                        + " with --in");
            }
        }
        return sources;
    }

    private static AbstractRecord require(InputTexts texts, ResultRecord r, List<Path> sources) throws IOException {
        AbstractRecord a = texts.find(r);
        if (a == null) {
            throw new IOException("no input record for " + r.id() + " (classified from " + r.source()
                    + ") in " + sources + ": give the files classify read with --in");
        }
        return a;
    }

    private static void write(Path out, List<LabellingQueue.Candidate> ranked, InputTexts texts, List<Path> sources,
                              String strategy) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (LabellingQueue.Candidate c : ranked) {
            List<Object> row = new ArrayList<>(row(c, require(texts, c.record(), sources)));
            row.add(strategy);
            rows.add(row);
        }
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (CsvWriter w = CsvWriter.create(out, COLUMNS)) {
            for (List<Object> row : rows) {
                w.writeRow(row);
            }
            w.commit();
        }
    }

    private static List<Object> row(LabellingQueue.Candidate c, AbstractRecord a) {
        ResultRecord r = c.record();
        return Arrays.asList(r.id(), a.doi(), a.title(), a.published(), a.venue(), a.text(), null, r.label(),
                r.confidence(), c.margin(), c.entropy(),
                r.predictionSet() == null ? null : String.join("|", r.predictionSet()), c.topTopic(), c.reason(), a.work());
    }
}
