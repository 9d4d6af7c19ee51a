package org.stancemap.train;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.stancemap.bundle.BundleDocuments;
import org.stancemap.bundle.ModelBundle;
import org.stancemap.corpus.FileDigest;
import org.stancemap.corpus.LoadedCorpus;
import org.stancemap.corpus.WorkGroups;
import org.stancemap.eval.Bootstrap;
import org.stancemap.eval.ClassificationMetrics;
import org.stancemap.eval.MajorityBaseline;
import org.stancemap.eval.RiskCoverage;
import org.stancemap.stance.LabelledDocuments;
import org.stancemap.stance.Softmax;
import org.stancemap.stance.calibration.ConformalCalibration;
import org.stancemap.stance.calibration.SplitConformal;

/**
 * A trained bundle on held-out labelled records ({@code evaluate --model --gold}): its calibrated and
 * uncalibrated metrics, bootstrap intervals by work, the majority baseline of the gold records, the
 * conformal sets' coverage and the risk-coverage table. Stateless.
 */
public final class HeldOutEvaluation {
    /** Bootstrap replicates of the intervals. */
    static final int REPLICATES = 1000;

    private HeldOutEvaluation() {}

    /**
     * An evaluation's figures; its JSON form is what {@code evaluate --json} writes.
     *
     * @param model             the bundle's model id
     * @param gold              the gold files with their SHA-256 and record counts
     * @param metrics           metrics of the calibrated probabilities
     * @param uncalibrated      metrics of the head's raw probabilities
     * @param macroF1Ci         bootstrap interval of the macro-F1, resampling works
     * @param accuracyCi        bootstrap interval of the accuracy
     * @param baseline          the gold records' own majority class, as a classifier
     * @param conformalCoverage share of records whose prediction set holds the gold label
     * @param meanSetSize       mean prediction-set size
     * @param riskCoverage      accuracy of the answered records by uncertainty rule
     * @param records           labelled records evaluated
     * @param works             works among them
     * @param temperature       the bundle's calibration temperature
     * @param conformal         the bundle's conformal calibration (target coverage, whether it is sufficient)
     */
    @JsonPropertyOrder({"mode", "model", "gold", "metrics", "uncalibrated", "macroF1Ci", "accuracyCi", "baseline",
        "conformalCoverage", "meanSetSize", "riskCoverage", "grouping"})
    public record Result(String model, List<FileDigest> gold, ClassificationMetrics metrics,
                         ClassificationMetrics uncalibrated, Bootstrap.Interval macroF1Ci, Bootstrap.Interval accuracyCi,
                         ClassificationMetrics baseline, double conformalCoverage, double meanSetSize,
                         List<RiskCoverage.Row> riskCoverage, @JsonIgnore int records, @JsonIgnore int works,
                         @JsonIgnore double temperature, @JsonIgnore ConformalCalibration conformal) {
        public Result {
            gold = List.copyOf(gold);
            riskCoverage = List.copyOf(riskCoverage);
        }

        /** Always {@code held-out}: tells this JSON from the cross-validation's. */
        @JsonProperty("mode")
        public String mode() {
            return "held-out";
        }

        /** How the bootstrap grouped records into works. */
        @JsonProperty("grouping")
        public String grouping() {
            return WorkGroups.METHOD;
        }
    }

    /**
     * Evaluates {@code bundle} on the labelled records of {@code gold}.
     *
     * @param cacheDir the embedding cache, or null for none
     * @param seed     the bootstrap's seed
     * @throws TrainingException when {@code gold} holds no labelled record
     * @throws IOException       when the bundle's embedding model cannot be opened
     */
    public static Result evaluate(ModelBundle bundle, LoadedCorpus gold, Path cacheDir, long seed) throws IOException {
        var labels = bundle.labels();
        LabelledDocuments data = LabelledDocuments.of(gold.records(), labels, BundleDocuments.of(bundle, cacheDir));
        if (data.size() == 0) {
            throw new TrainingException("no labelled record in " + gold.files().stream().map(FileDigest::file).toList()
                    + ": nothing to evaluate");
        }
        double[][] logits = data.documents().stream().map(bundle.head()::logits).toArray(double[][]::new);
        double[][] raw = Arrays.stream(logits).map(z -> Softmax.of(z, 1.0)).toArray(double[][]::new);
        double[][] probs = Arrays.stream(logits).map(bundle.calibration()::probabilities).toArray(double[][]::new);
        ClassificationMetrics metrics = ClassificationMetrics.of(labels.names(), data.y(), probs);
        ClassificationMetrics uncalibrated = ClassificationMetrics.of(labels.names(), data.y(), raw);
        // the gold file's own majority class: what a reader of these records would guess knowing only their label shares
        MajorityBaseline majority = MajorityBaseline.fit(labels.names(), data.y());
        ClassificationMetrics base = ClassificationMetrics.of(labels.names(), data.y(), majority.predict(data.size()));
        Bootstrap bootstrap = new Bootstrap(new Bootstrap.Options(REPLICATES, 0.95, seed));
        Bootstrap.Interval f1 = bootstrap.interval(labels.names(), data.y(), probs, data.groups(), ClassificationMetrics::macroF1);
        Bootstrap.Interval acc = bootstrap.interval(labels.names(), data.y(), probs, data.groups(), ClassificationMetrics::accuracy);
        ConformalCalibration conformal = bundle.calibration().conformal();
        List<int[]> sets = conformal.predictSets(probs);
        return new Result(bundle.modelId(), gold.files(), metrics, uncalibrated, f1, acc, base,
                SplitConformal.empiricalCoverage(sets, data.y()), SplitConformal.meanSetSize(sets),
                RiskCoverage.table(data.y(), probs, bundle.calibration(), sets), data.size(), data.groupCount(),
                bundle.calibration().temperature(), conformal);
    }
}
