package org.stancemap.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.stancemap.bundle.BundleReader;
import org.stancemap.bundle.ModelBundle;
import org.stancemap.corpus.LoadedCorpus;
import org.stancemap.eval.Bootstrap;
import org.stancemap.eval.ClassificationMetrics;
import org.stancemap.eval.CrossValidation;
import org.stancemap.eval.CvSpec;
import org.stancemap.eval.EvaluationTable;
import org.stancemap.eval.MajorityBaseline;
import org.stancemap.stance.DocumentFactory;
import org.stancemap.stance.Heads;
import org.stancemap.stance.LabelSet;
import org.stancemap.stance.LabelledDocuments;
import org.stancemap.text.Analyzers;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code stancemap evaluate}: accuracy of a stance model, either a bundle on a held-out labelled
 * file ({@code --model --gold}) or a head cross-validated on a labelled corpus ({@code --corpus --cv}).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Evaluate classifier accuracy, beside a majority-class baseline:",
            "  evaluate --model DIR --gold FILE...       a trained bundle on held-out labelled abstracts",
            "  evaluate --corpus FILE... --cv K|loo      grouped cross-validation of a head on a labelled corpus",
            "Prints accuracy, macro-F1 (bootstrap 95% interval), per-class P/R/F1, the confusion matrix,",
            "log loss, Brier score and ECE; --json FILE writes all of it as JSON."})
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

        @Option(names = "--head", paramLabel = "HEAD", defaultValue = "tfidf-lr",
                description = "Classifier head to cross-validate: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.",
                completionCandidates = ModelOptions.HeadNames.class)
        String head;
    }

    @Mixin
    ModelOptions model;

    @Mixin
    InputOptions input;

    @Mixin
    RunOptions run;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write every figure as JSON to FILE.")
    Path json;

    @Override
    public Integer call() throws IOException {
        return mode.cv != null ? crossValidate() : holdout();
    }

    private Integer crossValidate() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LabelSet labels = model.labelSet();
        CvSpec cvSpec = CvSpec.parse(mode.cv.cv);
        LoadedCorpus loaded = LabelledCorpus.load(mode.cv.corpus, input.format(), labels, run.strict(), err);
        DocumentFactory docs = new DocumentFactory(Analyzers.create(model.analyzerSettings()), false);
        LabelledDocuments data = LabelledDocuments.of(loaded.records(), labels, docs);
        out.printf("corpus: %d labelled records in %d works (%d unlabelled, %d rejected)%n",
                data.size(), data.groupCount(), data.unlabelled(), loaded.rejects().size());
        CrossValidation.Result r = CrossValidation.run(data.documents(), data.y(), data.groups(), labels,
                Heads.trainer(mode.cv.head, model.seed, docs), cvSpec, model.seed);
        out.print(Reports.crossValidation(r));
        if (json != null) {
            ObjectNode root = JsonFiles.MAPPER.createObjectNode();
            root.put("mode", "cross-validation");
            root.set("corpus", JsonFiles.tree(loaded.files()));
            root.set("analyzer", JsonFiles.tree(model.analyzerSettings()));
            root.set("result", JsonFiles.tree(r));
            JsonFiles.write(json, root);
            out.println("json: " + json);
        }
        return ExitCodes.OK;
    }

    private Integer holdout() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ModelBundle bundle = BundleReader.read(mode.holdout.bundle != null ? mode.holdout.bundle : Defaults.model());
        LabelSet labels = bundle.labels();
        LoadedCorpus loaded = LabelledCorpus.load(mode.holdout.gold, input.format(), labels, run.strict(), err);
        DocumentFactory docs = new DocumentFactory(Analyzers.create(bundle.manifest().analyzer()), false);
        LabelledDocuments data = LabelledDocuments.of(loaded.records(), labels, docs);
        if (data.size() == 0) {
            throw new UserException("no labelled record in " + mode.holdout.gold + ": nothing to evaluate");
        }
        double[][] probs = data.documents().parallelStream().map(d -> bundle.model().probabilities(d))
                .toArray(double[][]::new);
        ClassificationMetrics metrics = ClassificationMetrics.of(labels.names(), data.y(), probs);
        MajorityBaseline majority = MajorityBaseline.fit(labels.names(), trainingLabels(bundle, labels, data.y()));
        ClassificationMetrics base = ClassificationMetrics.of(labels.names(), data.y(), majority.predict(data.size()));
        Bootstrap bootstrap = new Bootstrap(new Bootstrap.Options(1000, 0.95, model.seed));
        Bootstrap.Interval f1 = bootstrap.interval(labels.names(), data.y(), probs, data.groups(), ClassificationMetrics::macroF1);
        Bootstrap.Interval acc = bootstrap.interval(labels.names(), data.y(), probs, data.groups(), ClassificationMetrics::accuracy);
        out.printf("model %s on %d held-out labelled records in %d works%n", bundle.modelId(), data.size(), data.groupCount());
        out.print(EvaluationTable.format(List.of(new EvaluationTable.Column(bundle.modelId(), metrics, acc, f1),
                EvaluationTable.Column.of("majority", base))));
        if (json != null) {
            ObjectNode root = JsonFiles.MAPPER.createObjectNode();
            root.put("mode", "held-out");
            root.put("model", bundle.modelId());
            root.set("gold", JsonFiles.tree(loaded.files()));
            root.set("metrics", JsonFiles.tree(metrics));
            root.set("macroF1Ci", JsonFiles.tree(f1));
            root.set("accuracyCi", JsonFiles.tree(acc));
            root.set("baseline", JsonFiles.tree(base));
            root.put("grouping", org.stancemap.corpus.WorkGroups.METHOD);
            JsonFiles.write(json, root);
            out.println("json: " + json);
        }
        return ExitCodes.OK;
    }

    /** The bundle's training label counts expanded into labels, for the baseline; the gold labels when absent. */
    private static int[] trainingLabels(ModelBundle bundle, LabelSet labels, int[] gold) {
        Map<String, Integer> counts = bundle.manifest().labelCounts();
        if (counts == null || counts.isEmpty()) {
            return gold;
        }
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < labels.size(); k++) {
            for (int i = 0; i < counts.getOrDefault(labels.names().get(k), 0); i++) {
                out.add(k);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
