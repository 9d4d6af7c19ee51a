package org.stancemap.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stancemap.bundle.BundleReader;
import org.stancemap.bundle.ModelBundle;
import org.stancemap.corpus.LoadedCorpus;
import org.stancemap.eval.CvSpec;
import org.stancemap.eval.EvaluationTable;
import org.stancemap.eval.HeadComparison;
import org.stancemap.eval.LearningCurve;
import org.stancemap.eval.RiskCoverage;
import org.stancemap.eval.TrainingSize;
import org.stancemap.stance.Heads;
import org.stancemap.stance.LabelSet;
import org.stancemap.stance.LabelledDocuments;
import org.stancemap.train.CrossValidationEvaluation;
import org.stancemap.train.HeldOutEvaluation;
import org.stancemap.train.TrainingException;
import org.stancemap.train.TrainingRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code stancemap evaluate}: accuracy of a stance model, either a bundle on a held-out labelled
 * file ({@code --model --gold}) or heads cross-validated side by side on a labelled corpus
 * ({@code --corpus --cv}).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Evaluate classifier accuracy, beside a majority-class baseline:",
            "  evaluate --model DIR --gold FILE...      a trained bundle on held-out labelled abstracts",
            "  evaluate --corpus FILE... --cv K|loo     heads compared by grouped cross-validation",
            "Prints accuracy, macro-F1 (bootstrap 95% interval), per-class P/R/F1, the confusion matrix,",
            "log loss, Brier score, ECE before and after calibration, conformal coverage and set size;",
            "--json FILE writes all of it as JSON."})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    static final class Mode {
        @ArgGroup(exclusive = false)
        Holdout holdout;

        @ArgGroup(exclusive = false)
        Cv cv;
    }

    static final class Holdout {
        @Option(names = "--model", paramLabel = "DIR", description = "Model bundle to evaluate (default: models/default).")
        Path bundle;

        @Option(names = "--gold", required = true, arity = "1..*", paramLabel = "FILE", description = "Held-out labelled files.")
        List<Path> gold = new ArrayList<>();
    }

    static final class Cv {
        @Option(names = "--corpus", required = true, arity = "1..*", paramLabel = "FILE", description = "Labelled corpus files.")
        List<Path> corpus = new ArrayList<>();

        @Option(names = "--cv", required = true, paramLabel = "K|loo", description = "loo (leave one work out) or K grouped folds.")
        String cv;

        @Option(names = "--head", paramLabel = "HEAD", split = ",", defaultValue = "all",
                description = "Heads to compare, comma-separated: ${COMPLETION-CANDIDATES}, or all. Default: ${DEFAULT-VALUE}.",
                completionCandidates = ModelOptions.HeadNames.class)
        List<String> heads = new ArrayList<>();

        @Option(names = "--learning-curve", paramLabel = "SIZES", split = ",",
                description = "Also a learning curve of the best head at these training sizes (e.g. 25%,50%,75%,100%).")
        List<String> learningCurve = new ArrayList<>();

        @Option(names = "--k", paramLabel = "K",
                description = "Train a K-topic model on the corpus and add embed-lr-topics to the comparison, so embed-lr"
                        + " with and without topic features stand side by side.")
        Integer k;

        @Option(names = "--topic-iterations", paramLabel = "N", defaultValue = "1000",
                description = "Gibbs sampling iterations of --k. Default: ${DEFAULT-VALUE}.")
        int topicIterations;

        @Option(names = "--repeats", paramLabel = "N", defaultValue = "5",
                description = "Subsamples per learning-curve size. Default: ${DEFAULT-VALUE}.")
        int repeats;
    }

    @Mixin
    ModelOptions model;

    @Mixin
    InputOptions input;

    @Mixin
    RunOptions run;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write every figure as JSON to FILE.")
    Path json;

    @Option(names = "--report", paramLabel = "DIR",
            description = "Also write a self-contained HTML report (index.html and report.json) into DIR.")
    Path report;

    @Override
    public Integer call() throws IOException {
        new OutputPaths().input("--corpus", mode.cv != null ? mode.cv.corpus : List.of())
                .input("--gold", mode.holdout != null ? mode.holdout.gold : List.of())
                .input("--model", mode.holdout != null ? mode.holdout.bundle : null).input("--labels", model.labels)
                .fileCreatingFolders("--json", json)
                .dirOf("--report", report, org.stancemap.report.ReportFiles.PAGE, org.stancemap.report.ReportFiles.DATA)
                .check();
        return mode.cv != null ? crossValidate() : holdout();
    }

    private Integer crossValidate() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LabelSet labels = model.labelSet();
        CvSpec cvSpec = CvSpec.parse(mode.cv.cv);
        List<String> heads = mode.cv.heads.contains("all") ? Heads.names(mode.cv.k != null) : mode.cv.heads;
        heads.forEach(Heads::spec);  // throws for an unknown head, naming the known ones
        LoadedCorpus loaded = LabelledCorpus.load(mode.cv.corpus, input.format(), labels, run.strict(), err);
        var request = new CrossValidationEvaluation.Request(loaded, labels, model.analyzerSettings(), heads, cvSpec,
                mode.cv.k == null ? null : new TrainingRequest.TopicSource.Fit(mode.cv.k, mode.cv.topicIterations),
                model.embedding, model.window, model.cache(), model.seed, model.coverage);
        LbfgsWarnings.Counted<CrossValidationEvaluation.Result> counted;
        try {
            counted = LbfgsWarnings.run(() -> CrossValidationEvaluation.run(request));
        } catch (TrainingException e) {
            throw new UserException(e.getMessage());
        }
        CrossValidationEvaluation.Result result = counted.value();
        if (result.topics() != null) {
            TopicTraining.print(result.topics(), out, err);
        }
        LabelledDocuments data = result.data();
        out.printf("corpus: %d labelled records in %d works (%d unlabelled, %d rejected)%n",
                data.size(), data.groupCount(), data.unlabelled(), result.rejected());
        HeadComparison.Result r = result.comparison();
        if (counted.note() != null) {
            err.println("stancemap: " + counted.note());
        }
        out.print(Reports.crossValidation(r.best().crossValidation()));
        out.print(HeadComparison.table(r));
        if (!mode.cv.learningCurve.isEmpty()) {
            List<TrainingSize> sizes = mode.cv.learningCurve.stream().map(TrainingSize::parse).toList();
            List<LearningCurve.Point> curve = CrossValidationEvaluation.learningCurve(result, labels,
                    new LearningCurve.Options(sizes, mode.cv.repeats, model.seed));
            result = result.withLearningCurve(curve);
            out.println("learning curve of " + r.chosen() + " (macro-F1 by training size, mean +- sd over " + mode.cv.repeats + " subsamples):");
            for (LearningCurve.Point p : curve) {
                out.printf(Locale.ROOT, "  %-6s n=%5.1f  macro-F1 %.3f +- %.3f  accuracy %.3f%n", p.size(),
                        p.meanTrainingSize(), p.meanMacroF1(), p.sdMacroF1(), p.meanAccuracy());
            }
        }
        writeOutputs((ObjectNode) JsonFiles.tree(result), out);
        return ExitCodes.OK;
    }

    private Integer holdout() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ModelBundle bundle = BundleReader.read(mode.holdout.bundle != null ? mode.holdout.bundle : Defaults.model());
        LoadedCorpus loaded = LabelledCorpus.load(mode.holdout.gold, input.format(), bundle.labels(), run.strict(), err);
        HeldOutEvaluation.Result r;
        try {
            r = HeldOutEvaluation.evaluate(bundle, loaded, model.cache(), model.seed);
        } catch (TrainingException e) {
            throw new UserException(e.getMessage());
        }
        out.printf("model %s on %d held-out labelled records in %d works%n", r.model(), r.records(), r.works());
        out.print(EvaluationTable.format(List.of(new EvaluationTable.Column(r.model(), r.metrics(), r.accuracyCi(), r.macroF1Ci()),
                EvaluationTable.Column.of("majority", r.baseline()))));
        out.printf(Locale.ROOT, "calibration: ECE %.3f uncalibrated, %.3f calibrated (T = %.3f); log loss %.3f -> %.3f%n",
                r.uncalibrated().ece(), r.metrics().ece(), r.temperature(), r.uncalibrated().logLoss(), r.metrics().logLoss());
        out.printf(Locale.ROOT, "conformal sets at %.0f%%: empirical coverage %.3f, mean set size %.2f%s%n",
                r.conformal().coverage() * 100, r.conformalCoverage(), r.meanSetSize(),
                r.conformal().sufficient() ? "" : " (calibration set too small: sets hold every label)");
        out.print(RiskCoverage.format(r.riskCoverage()));
        writeOutputs((ObjectNode) JsonFiles.tree(r), out);
        return ExitCodes.OK;
    }

    /** Writes the evaluation JSON ({@code --json}) and the HTML report ({@code --report}) that were asked for. */
    private void writeOutputs(ObjectNode root, PrintWriter out) throws IOException {
        if (json != null) {
            JsonFiles.write(json, root);
            out.println("json: " + json);
        }
        if (report != null) {
            org.stancemap.report.EvaluationReport.write(report, root);
            out.println("report: " + report.resolve("index.html"));
        }
    }
}
