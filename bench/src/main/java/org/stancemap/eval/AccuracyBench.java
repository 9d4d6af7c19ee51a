package org.stancemap.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import org.stancemap.bundle.Embeddings;
import org.stancemap.corpus.AbstractRecord;
import org.stancemap.corpus.Corpora;
import org.stancemap.embed.EmbeddingCache;
import org.stancemap.embed.EmbeddingModels;
import org.stancemap.stance.Document;
import org.stancemap.stance.DocumentFactory;
import org.stancemap.stance.EvidenceTrainer;
import org.stancemap.stance.Heads;
import org.stancemap.stance.LabelSet;
import org.stancemap.stance.LabelledDocuments;
import org.stancemap.stance.StanceModel;
import org.stancemap.stance.StanceTrainer;
import org.stancemap.stance.calibration.CalibrationState;
import org.stancemap.text.AnalyzerSettings;
import org.stancemap.text.Analyzers;

/**
 * Developer benchmark of stance accuracy on a labelled file the models were not trained on (by
 * default {@code ../shared/devset/dev.jsonl}): the ablation table (every head, and parts of the
 * evidence head, trained on the seed corpus the way {@code train} trains), the learning curve (seed
 * plus N records of the file, tested on the rest, over seeded splits) and the labelling-loop
 * simulation ({@link LabellingLoop}). Not part of the {@code stancemap} command; run by
 * {@code bench/accuracy/run.sh}. Documents are analysed and embedded once, with the embedding cache.
 *
 * <p>Usage: {@code AccuracyBench [--file F] [--seed-corpus F] [--sections ablation,curve,loop]
 * [--sizes 20,40,80] [--splits 3] [--loop-seeds 5] [--rounds 4] [--batch 10]}.
 */
public final class AccuracyBench {
    private final LabelSet labels;
    private final DocumentFactory factory;
    private final LabelledDocuments seed;
    private final LabelledDocuments file;
    private final PrintStream out;

    private AccuracyBench(LabelSet labels, DocumentFactory factory, LabelledDocuments seed, LabelledDocuments file,
                          PrintStream out) {
        this.labels = labels;
        this.factory = factory;
        this.seed = seed;
        this.file = file;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> opt = new LinkedHashMap<>(Map.of("--file", "../shared/devset/dev.jsonl", "--seed-corpus",
                "corpus/seed.jsonl", "--sections", "ablation,curve,loop", "--sizes", "20,40,80", "--splits", "3",
                "--loop-seeds", "5", "--rounds", "4", "--batch", "10"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!opt.containsKey(args[i])) {
                throw new IllegalArgumentException("Unknown option " + args[i] + " (expected one of " + opt.keySet() + ")");
            }
            opt.put(args[i], args[i + 1]);
        }
        Path filePath = Path.of(opt.get("--file"));
        if (!Files.isRegularFile(filePath)) {
            System.err.println("AccuracyBench: labelled file " + filePath + " is absent; give --file FILE");
            System.exit(2);
        }
        LabelSet labels = LabelSet.read(Path.of("corpus/labels.json"));
        DocumentFactory factory = new DocumentFactory(Analyzers.create(AnalyzerSettings.defaults(AnalyzerSettings.Mode.FAST)),
                false, Embeddings.open(EmbeddingModels.DEFAULT_ID, EmbeddingCache.defaultDirectory()), null, true);
        LabelledDocuments seed = LabelledDocuments.of(Corpora.load(List.of(Path.of(opt.get("--seed-corpus"))), null,
                labels.names()).records(), labels, factory);
        LabelledDocuments file = LabelledDocuments.of(Corpora.load(List.of(filePath), null, labels.names()).records(),
                labels, factory);
        AccuracyBench bench = new AccuracyBench(labels, factory, seed, file, System.out);
        System.out.printf("labelled file %s: %d records in %d works; seed corpus %d labelled%n", filePath, file.size(),
                file.groupCount(), seed.size());
        List<String> sections = List.of(opt.get("--sections").split(","));
        if (sections.contains("ablation")) {
            bench.ablation();
        }
        if (sections.contains("curve")) {
            bench.learningCurve(Arrays.stream(opt.get("--sizes").split(",")).mapToInt(Integer::parseInt).toArray(),
                    Integer.parseInt(opt.get("--splits")));
        }
        if (sections.contains("loop")) {
            new LabellingLoop(bench.labels, bench.factory, bench.seed, bench.file, System.out).run(
                    Integer.parseInt(opt.get("--loop-seeds")), Integer.parseInt(opt.get("--rounds")),
                    Integer.parseInt(opt.get("--batch")));
        }
    }

    /** A named way to train: a list of candidate heads (choice by the train rule) or one fixed trainer. */
    record Variant(String name, List<String> heads, Supplier<StanceTrainer> trainer) {}

    /** Each head alone, the parts of the evidence head, and the automatic choice, trained on the seed. */
    private void ablation() {
        EvidenceTrainer.Options d = EvidenceTrainer.Options.defaults();
        List<Variant> variants = new ArrayList<>();
        for (String h : Heads.names()) {
            variants.add(new Variant(h, List.of(h), null));
        }
        variants.add(new Variant("evidence: mean best act match only", null,
                () -> new EvidenceTrainer(d.withWeights(1, 0, 0), acts())));
        variants.add(new Variant("evidence: act centroids only", null,
                () -> new EvidenceTrainer(d.withWeights(0, 1, 0), acts())));
        variants.add(new Variant("evidence: strongest sentence only", null,
                () -> new EvidenceTrainer(d.withWeights(0, 0, 1), acts())));
        variants.add(new Variant("evidence without strongest sentence", null,
                () -> new EvidenceTrainer(d.withWeights(1, 1, 0), acts())));
        variants.add(new Variant("auto (train's rule)", Heads.names(), null));
        out.println("\nablation: trained on the seed corpus as 'train' trains (grouped CV, calibration), tested on the file");
        out.println(Scores.HEADER);
        for (Variant v : variants) {
            Scored s = trainAndScore(v, seed, file);
            out.println(s.scores().row(v.name() + (v.heads() != null && v.heads().size() > 1 ? " -> " + s.chosen() : "")));
        }
    }

    private Function<String, Document> acts() {
        Map<String, Document> memo = new java.util.concurrent.ConcurrentHashMap<>();
        return t -> memo.computeIfAbsent(t, factory::of);
    }

    /** Seed plus N records of the file, tested on the rest, over seeded splits; the automatic choice and fixed heads. */
    private void learningCurve(int[] sizes, int splits) {
        out.printf("%nlearning curve: seed + N records of the file, tested on the rest; mean [min, max] over %d splits%n", splits);
        List<Variant> variants = List.of(new Variant("auto", Heads.names(), null),
                new Variant("evidence", List.of("evidence"), null), new Variant("embed-lr", List.of("embed-lr"), null),
                new Variant("tfidf-lr", List.of("tfidf-lr"), null));
        for (Variant v : variants) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-9s", v.name()));
            for (int n : sizes) {
                if (n >= file.size()) {
                    continue;
                }
                double[] f1 = new double[splits];
                List<String> chosen = new ArrayList<>();
                for (int s = 0; s < splits; s++) {
                    int[] order = Subsets.shuffled(file.size(), s + 1);
                    LabelledDocuments train = Subsets.concat(seed, Subsets.of(file, Arrays.copyOfRange(order, 0, n)));
                    LabelledDocuments test = Subsets.of(file, Arrays.copyOfRange(order, n, order.length));
                    Scored sc = trainAndScore(v, train, test);
                    f1[s] = sc.scores().macroF1();
                    chosen.add(sc.chosen());
                }
                line.append(String.format(Locale.ROOT, "  N=%d %.3f [%.3f, %.3f]", n, Arrays.stream(f1).average().orElse(0),
                        Arrays.stream(f1).min().orElse(0), Arrays.stream(f1).max().orElse(0)));
                if (v.heads().size() > 1) {
                    line.append(" (").append(String.join(",", chosen)).append(")");
                }
            }
            out.println(line);
        }
    }

    /** A trained variant's scores and the head it ended with. */
    record Scored(Scores scores, String chosen) {}

    Scored trainAndScore(Variant v, LabelledDocuments train, LabelledDocuments test) {
        StanceModel model;
        CalibrationState calibration;
        String chosen;
        if (v.heads() != null) {
            ModelSelection.Trained t = ModelSelection.train(v.heads(), train, factory, labels, null, 42, 0.9);
            model = t.model();
            calibration = t.calibration();
            chosen = t.trainer().head();
        } else {
            StanceTrainer trainer = v.trainer().get();
            CrossValidation.Result cv = CrossValidation.run(train.documents(), train.y(), train.groups(), labels, trainer,
                    CvSpec.defaultFor(train.groupCount()), 42);
            calibration = CalibrationFit.fit(cv, 0.9).state();
            model = trainer.fit(train.documents(), train.y(), labels);
            chosen = trainer.head();
        }
        return new Scored(Scores.of(labels.names(), model, calibration, test), chosen);
    }
}
