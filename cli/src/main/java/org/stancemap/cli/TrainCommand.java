package org.stancemap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stancemap.bundle.Manifest;
import org.stancemap.corpus.LoadedCorpus;
import org.stancemap.eval.HeadComparison;
import org.stancemap.stance.Heads;
import org.stancemap.stance.LabelSet;
import org.stancemap.text.AnalyzerSettings;
import org.stancemap.train.BundleTrainer;
import org.stancemap.train.TrainedBundle;
import org.stancemap.train.TrainingException;
import org.stancemap.train.TrainingReport;
import org.stancemap.train.TrainingRequest;
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
        TrainingRequest.TopicSource topics = k != null ? new TrainingRequest.TopicSource.Fit(k, topicIterations)
                : topicsDir != null ? new TrainingRequest.TopicSource.Stored(topicsDir) : null;
        BundleTrainer.candidates(head, topics != null);
        LoadedCorpus loaded = corpus.isEmpty() ? null : LabelledCorpus.load(corpus, input.format(), labels, run.strict(), err);
        LoadedCorpus held = calibrateOn.isEmpty() ? null
                : LabelledCorpus.load(calibrateOn, input.format(), labels, run.strict(), err);
        TrainingRequest request = new TrainingRequest(loaded, labels, analyzer, head, cv, topics, held, model.embedding,
                model.window, model.cache(), model.seed, model.coverage, StancemapVersion.get());
        LbfgsWarnings.Counted<TrainedBundle> counted;
        try {
            counted = LbfgsWarnings.run(() -> BundleTrainer.train(request));
        } catch (TrainingException e) {
            throw new UserException(e.getMessage());
        }
        TrainedBundle trained = counted.value();
        print(trained.report(), out, err);
        Manifest written = trained.write(outDir, force);
        if (counted.note() != null) {
            err.println("stancemap: " + counted.note());
        }
        out.println("model " + written.modelId() + " written to " + outDir);
        return ExitCodes.OK;
    }

    /** What the training found, as the command has always printed it. */
    private static void print(TrainingReport report, PrintWriter out, PrintWriter err) {
        if (report.topics() != null) {
            TopicTraining.print(report.topics(), out, err);
        }
        out.printf("corpus: %d records, %d labelled in %d works, %d unlabelled (not used), %d rejected%n",
                report.records(), report.labelled(), report.works(), report.unlabelled(), report.rejected());
        HeadComparison.Result comparison = report.comparison();
        if (report.note() != null) {
            out.println(report.note());
        } else {
            out.print(Reports.crossValidation(comparison.best().crossValidation()));
            out.print(HeadComparison.table(comparison));
            if (report.fewWorks()) {
                var ci = comparison.best().crossValidation().macroF1Ci();
                err.printf(Locale.ROOT, "stancemap: warning: the cross-validated figures rest on %d labelled works"
                        + " (fewer than %d): the macro-F1 interval [%.2f, %.2f] is %.2f wide, and new literature can score"
                        + " far lower; measure on held-out labels (evaluate --gold) before trusting them%n", report.works(),
                        HeadComparison.MIN_WORKS_FOR_LEARNED, ci.lower(), ci.upper(), ci.upper() - ci.lower());
            }
        }
        if (report.recalibration() != null) {
            out.printf(Locale.ROOT, "calibrated on %d held-out labelled records: temperature %.3f%n",
                    report.recalibration().records(), report.recalibration().temperature());
        }
    }
}
