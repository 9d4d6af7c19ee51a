package org.stancemap.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.stancemap.eval.Bootstrap;
import org.stancemap.eval.ClassificationMetrics;
import org.stancemap.eval.CrossValidation;
import org.stancemap.eval.LearningCurve;

/**
 * What an evaluation report shows, and the layout of its {@code report.json}: one or several
 * evaluated models, each beside its majority baseline, and an optional learning curve. Immutable.
 *
 * @param format        always {@value #FORMAT}
 * @param formatVersion layout version; this build writes {@value #FORMAT_VERSION}
 * @param mode          {@code cross-validation} or {@code held-out}
 * @param models        the evaluated models, at least one, in the order given
 * @param learningCurve points of the learning curve, possibly empty
 * @param context       what was evaluated on (corpus files, analyzer settings), as the evaluation
 *                      JSON gave it, or null
 */
@JsonPropertyOrder({"format", "format_version", "mode", "models", "learningCurve", "context"})
public record Evaluation(String format, @JsonProperty("format_version") int formatVersion, String mode,
                         List<ModelResult> models, List<LearningCurve.Point> learningCurve, JsonNode context) {

    public static final String FORMAT = "stancemap-evaluation-report";
    public static final int FORMAT_VERSION = 1;

    /**
     * One evaluated model.
     *
     * @param name       model or head name
     * @param method     how it was evaluated, in words (folds, grouping, seed)
     * @param metrics    metrics of its predictions (out-of-fold or held-out)
     * @param macroF1Ci  bootstrap interval of macro-F1, or null
     * @param accuracyCi bootstrap interval of accuracy, or null
     * @param baseline   metrics of the majority baseline on the same records, or null
     */
    @JsonPropertyOrder({"name", "method", "metrics", "macroF1Ci", "accuracyCi", "baseline"})
    public record ModelResult(String name, String method, ClassificationMetrics metrics, Bootstrap.Interval macroF1Ci,
                              Bootstrap.Interval accuracyCi, ClassificationMetrics baseline) {
        public ModelResult {
            if (name == null || name.isBlank() || metrics == null) {
                throw new IllegalArgumentException("evaluated model: name and metrics are required (name " + name + ")");
            }
        }

        /** The cross-validation result of one head. */
        public static ModelResult of(CrossValidation.Result r) {
            return new ModelResult(r.head(), method(r.cv(), r.folds(), r.stratified(), r.foldMethod(), r.grouping(), r.seed()),
                    r.metrics(), r.macroF1Ci(), r.accuracyCi(), r.baseline());
        }

        static String method(String cv, int folds, boolean stratified, String foldMethod, String grouping, long seed) {
            return String.format(Locale.ROOT, "cross-validation %s: %d folds (%s%s), groups: %s, seed %d", cv, folds,
                    stratified ? "stratified, " : "", foldMethod, grouping, seed);
        }
    }

    public Evaluation {
        if (!FORMAT.equals(format) || formatVersion != FORMAT_VERSION) {
            throw new IllegalArgumentException("evaluation report format " + format + " version " + formatVersion
                    + ": this build reads " + FORMAT + " version " + FORMAT_VERSION);
        }
        if (models == null || models.isEmpty()) {
            throw new IllegalArgumentException("evaluation report: expected at least one evaluated model");
        }
        List<String> labels = models.get(0).metrics().labels();
        for (ModelResult m : models) {
            if (!m.metrics().labels().equals(labels)) {
                throw new IllegalArgumentException("evaluation report: model " + m.name() + " has labels "
                        + m.metrics().labels() + ", model " + models.get(0).name() + " has " + labels
                        + " (expected one label set)");
            }
        }
        models = List.copyOf(models);
        learningCurve = learningCurve == null ? List.of() : List.copyOf(learningCurve);
        context = context == null || context.isNull() ? null : context; // JSON null reads as a NullNode
    }

    /** An evaluation of cross-validated heads, with learning-curve points (may be empty or null). */
    public static Evaluation crossValidation(List<CrossValidation.Result> results, List<LearningCurve.Point> curve,
                                             JsonNode context) {
        return new Evaluation(FORMAT, FORMAT_VERSION, "cross-validation",
                results.stream().map(ModelResult::of).toList(), curve, context);
    }

    /** The label set shared by every model. */
    public List<String> labels() {
        return models.get(0).metrics().labels();
    }
}
