package org.stancemap.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.stancemap.bundle.BundleContents;
import org.stancemap.bundle.BundleWriter;
import org.stancemap.bundle.Embeddings;
import org.stancemap.bundle.LibraryVersions;
import org.stancemap.bundle.Manifest;
import org.stancemap.corpus.AbstractRecord;
import org.stancemap.corpus.LoadedCorpus;
import org.stancemap.embed.SentenceEmbedder;
import org.stancemap.eval.HeadComparison;
import org.stancemap.eval.ModelSelection;
import org.stancemap.stance.DocumentFactory;
import org.stancemap.stance.Heads;
import org.stancemap.stance.LabelSet;
import org.stancemap.stance.LabelledDocuments;
import org.stancemap.stance.ReferenceSet;
import org.stancemap.stance.StanceModel;
import org.stancemap.stance.StanceTrainer;
import org.stancemap.stance.calibration.CalibrationState;
import org.stancemap.text.AnalyzerSettings;
import org.stancemap.text.Analyzers;
import org.stancemap.topics.TopicModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stancemap train}: fits a stance model on labelled abstracts and writes a model bundle. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train a stance model on labelled abstracts and write a versioned model bundle.",
            "Cross-validates every candidate head (grouped by work), picks the best unless --model names one,",
            "calibrates it on its out-of-fold predictions and records all of it in the bundle's manifest."})
final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", arity = "1..*", paramLabel = "FILE",
            description = "Labelled corpus files (.jsonl, .csv or R Discovery .txt). None: a zero-shot model from the label set alone.")
    List<Path> corpus = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Bundle directory to write.")
    Path outDir;

    @Option(names = "--force", description = "Replace an existing bundle at --out.")
    boolean force;

    @Option(names = "--model", paramLabel = "HEAD", defaultValue = Heads.AUTO,
            description = "Classifier head: ${COMPLETION-CANDIDATES}, or auto (the best by cross-validation). Default: ${DEFAULT-VALUE}.",
            completionCandidates = ModelOptions.HeadNames.class)
    String head;

    @Option(names = "--cv", paramLabel = "K|loo",
            description = "Cross-validation for choosing and calibrating the head: loo (leave one work out), K folds,"
                    + " or none (one head, uncalibrated). Default: loo up to 30 works, else 5 folds.")
    String cv;

    @Option(names = "--k", paramLabel = "K",
            description = "Also train a topic model with K topics on the corpus (all records): classify then writes each"
                    + " abstract's topic mix, and the head embed-lr-topics joins the comparison.")
    Integer k;

    @Option(names = "--topics", paramLabel = "DIR",
            description = "Use the topic model in DIR (from 'stancemap topics train') instead of training one.")
    Path topicsDir;

    @Option(names = "--topic-iterations", paramLabel = "N", defaultValue = "1000",
            description = "Gibbs sampling iterations of --k. Default: ${DEFAULT-VALUE}.")
    int topicIterations;

    @Option(names = "--calibrate-on", arity = "1..*", paramLabel = "FILE",
            description = "Fit the calibration (temperature, conformal and selective thresholds) on these labelled records"
                    + " of the literature to classify instead of the training corpus's out-of-fold predictions"
                    + " (as 'stancemap calibrate' does); the manifest names them.")
    List<Path> calibrateOn = new ArrayList<>();

    @Mixin
    ModelOptions model;

    @Mixin
    InputOptions input;

    @Mixin
    RunOptions run;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        new OutputPaths().input("--corpus", corpus).input("--topics", topicsDir).input("--labels", model.labels)
                .tree("--out", outDir).check();
        LabelSet labels = model.labelSet();
        AnalyzerSettings analyzer = model.analyzerSettings();
        if (k != null && topicsDir != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Give --k or --topics, not both");
        }
        boolean withTopics = k != null || topicsDir != null;
        List<String> candidates = Heads.AUTO.equals(head) ? Heads.names(withTopics) : List.of(head);
        if (!Heads.AUTO.equals(head) && !Heads.names(true).contains(head)) {
            Heads.spec(head);  // throws the message naming the known heads
        }
        boolean embeddings = candidates.stream().anyMatch(Heads::needsEmbeddings);
        LoadedCorpus loaded = corpus.isEmpty() ? null : LabelledCorpus.load(corpus, input.format(), labels, run.strict(), err);
        if (loaded != null) {
            requireTwoClasses(labels, loaded.records());
        }
        SentenceEmbedder embedder = embeddings ? Embeddings.open(model.embedding, model.window, model.cache()) : null;
        var analyzerImpl = Analyzers.create(analyzer);
        TopicModel topics = null;
        if (k != null) {
            if (loaded == null) {
                throw new UserException("--k needs a corpus to train the topic model on (--corpus FILE...)");
            }
            topics = TopicTraining.fit(loaded.records(), analyzerImpl, k, topicIterations, model.seed, out);
        } else if (topicsDir != null) {
            var stored = org.stancemap.topics.TopicStore.readStored(topicsDir);
            if (stored.provenance() == null) {
                throw new UserException(topicsDir + ": the topic model records no analyzer settings, so it cannot be checked"
                        + " against this model's; retrain it with 'stancemap topics train'");
            }
            try {
                stored.provenance().requireAnalyzer(analyzer, "the stance model");
            } catch (IllegalArgumentException e) {
                throw new UserException(topicsDir + ": " + e.getMessage() + " (use --analyzer to match, or retrain the topics)");
            }
            topics = stored.model();
        }
        DocumentFactory docs = new DocumentFactory(analyzerImpl, false, embedder, topics,
                candidates.stream().anyMatch(Heads::needsSentenceVectors));
        LabelledDocuments data = LabelledDocuments.of(loaded == null ? List.of() : loaded.records(), labels, docs);
        out.printf("corpus: %d records, %d labelled in %d works, %d unlabelled (not used), %d rejected%n",
                loaded == null ? 0 : loaded.records().size(), data.size(), data.groupCount(), data.unlabelled(),
                loaded == null ? 0 : loaded.rejects().size());

        LbfgsWarnings.Counted<ModelSelection.Trained> counted;
        try {
            counted = LbfgsWarnings.run(() -> ModelSelection.train(candidates, data, docs, labels, cv, model.seed, model.coverage));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        ModelSelection.Trained trained = counted.value();
        HeadComparison.Result comparison = trained.comparison();
        if (trained.note() != null) {
            out.println(trained.note());
        } else {
            out.print(Reports.crossValidation(comparison.best().crossValidation()));
            out.print(HeadComparison.table(comparison));
            if (data.groupCount() < HeadComparison.MIN_WORKS_FOR_LEARNED) {
                var ci = comparison.best().crossValidation().macroF1Ci();
                err.printf(java.util.Locale.ROOT, "stancemap: warning: the cross-validated figures rest on %d labelled works"
                        + " (fewer than %d): the macro-F1 interval [%.2f, %.2f] is %.2f wide, and new literature can score"
                        + " far lower; measure on held-out labels (evaluate --gold) before trusting them%n", data.groupCount(),
                        HeadComparison.MIN_WORKS_FOR_LEARNED, ci.lower(), ci.upper(), ci.upper() - ci.lower());
            }
        }
        String chosen = trained.trainer().head();
        StanceTrainer trainer = trained.trainer();
        StanceModel fitted = trained.model();
        CalibrationState calibration = trained.calibration();
        Manifest.CalibrationData calibrationData = loaded == null || comparison == null ? null
                : CalibrationFiles.of("out-of-fold", loaded, data, calibration.method());
        if (!calibrateOn.isEmpty()) {
            LoadedCorpus held = LabelledCorpus.load(calibrateOn, input.format(), labels, run.strict(), err);
            LabelledDocuments heldData = LabelledDocuments.of(held.records(), labels, docs);
            try {
                calibration = org.stancemap.eval.Recalibration.fit(fitted, heldData, model.coverage);
            } catch (IllegalArgumentException e) {
                throw new UserException(String.join(", ", calibrateOn.stream().map(Path::toString).toList()) + ": "
                        + e.getMessage());
            }
            calibrationData = CalibrationFiles.of("held-out", held, heldData, calibration.method());
            out.printf(java.util.Locale.ROOT, "calibrated on %d held-out labelled records: temperature %.3f%n", heldData.size(),
                    calibration.temperature());
        }
        ReferenceSet reference = embedder == null || !Heads.needsEmbeddings(chosen) || data.size() == 0 ? null
                : reference(data);
        Manifest written = BundleWriter.write(outDir, force,
                manifest(labels, loaded, data, analyzer, trainer, Heads.needsEmbeddings(chosen) ? embedder : null,
                        docs.sentenceVectors(), comparison, calibrationData),
                new BundleContents(labels, fitted, calibration, reference, topics));
        if (counted.note() != null) {
            err.println("stancemap: " + counted.note());
        }
        out.println("model " + written.modelId() + " written to " + outDir);
        return ExitCodes.OK;
    }

    /**
     * Refuses labels of a single class: a model fitted on them calls everything that class, with high
     * confidence. No labels at all is allowed (the zero-shot model of the label set).
     */
    static void requireTwoClasses(LabelSet labels, List<AbstractRecord> records) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (AbstractRecord r : records) {
            if (r.isLabelled()) {
                counts.merge(r.label(), 1, Integer::sum);
            }
        }
        List<String> present = counts.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
        if (present.size() == 1) {
            throw new UserException("the labelled records hold only one class (" + present.get(0) + "); a stance model needs"
                    + " labelled examples of at least two of " + labels.names() + ", or train without labels for a"
                    + " zero-shot model");
        }
    }

    private static ReferenceSet reference(LabelledDocuments data) {
        List<String> ids = new ArrayList<>();
        List<String> labelNames = new ArrayList<>();
        List<String> snippets = new ArrayList<>();
        float[][] vectors = new float[data.size()][];
        for (int i = 0; i < data.size(); i++) {
            var r = data.records().get(i);
            ids.add(r.outputId());
            labelNames.add(r.label());
            snippets.add(ReferenceSet.snippet(r.text(), 12));
            vectors[i] = data.documents().get(i).embedding();
        }
        return ReferenceSet.of(ids, labelNames, snippets, vectors, data.groups());
    }

    private Manifest manifest(LabelSet labels, LoadedCorpus loaded, LabelledDocuments data, AnalyzerSettings analyzer,
                              StanceTrainer trainer, SentenceEmbedder embedder, boolean sentenceVectors,
                              HeadComparison.Result comparison, Manifest.CalibrationData calibrationData) {
        List<Manifest.CorpusFile> files = loaded == null ? List.of() : CalibrationFiles.files(loaded, data);
        Map<String, Integer> counts = new LinkedHashMap<>();
        int[] c = data.labelCounts(labels.size());
        for (int k = 0; k < c.length; k++) {
            counts.put(labels.names().get(k), c[k]);
        }
        ObjectNode metrics = null;
        if (comparison != null) {
            metrics = JsonFiles.MAPPER.createObjectNode();
            metrics.set("cross_validation", JsonFiles.tree(comparison.best().crossValidation()));
            metrics.set("calibration", JsonFiles.tree(comparison.best().calibration()));
            ObjectNode selection = metrics.putObject("selection");
            selection.put("rule", comparison.rule());
            selection.put("chosen", comparison.chosen());
            var rows = selection.putArray("candidates");
            for (HeadComparison.Entry e : comparison.entries()) {
                ObjectNode row = rows.addObject();
                row.put("head", e.head());
                row.put("macro_f1", e.crossValidation().metrics().macroF1());
                row.set("macro_f1_ci", JsonFiles.tree(e.crossValidation().macroF1Ci()));
                row.put("accuracy", e.crossValidation().metrics().accuracy());
                row.put("log_loss_calibrated", e.calibration().after().logLoss());
                row.put("ece_raw", e.calibration().before().ece());
                row.put("ece_calibrated", e.calibration().after().ece());
            }
        }
        return new Manifest(Manifest.FORMAT, Manifest.FORMAT_VERSION, null,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), StancemapVersion.get(),
                new Manifest.LabelSetRef(labels.id(), labels.names(), BundleWriter.LABELS), files, counts, analyzer,
                embedder == null ? null : Embeddings.describe(embedder).withSentences(sentenceVectors), trainer.head(), JsonFiles.tree(trainer.options()),
                model.seed, LibraryVersions.all(), LibraryVersions.runtime(), metrics, null, calibrationData);
    }
}
