package org.stancemap.eval;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.stream.IntStream;
import org.stancemap.stance.Document;
import org.stancemap.stance.LabelSet;
import org.stancemap.stance.StanceModel;
import org.stancemap.stance.StanceTrainer;
import org.stancemap.corpus.WorkGroups;

/**
 * Grouped cross-validation of a stance trainer: every record is predicted by a model that never saw
 * its work. Folds run in parallel; the result does not depend on the thread count.
 */
public final class CrossValidation {
    private CrossValidation() {}

    /**
     * The out-of-fold evaluation of one trainer.
     *
     * @param head       the head evaluated
     * @param cv         {@code loo} or the number of folds
     * @param folds      number of folds run
     * @param stratified whether folds were stratified by label
     * @param foldMethod how folds were formed
     * @param grouping   how records were grouped into works
     * @param seed       seed of the fold assignment and the bootstrap
     * @param metrics    metrics of the out-of-fold predictions
     * @param macroF1Ci  bootstrap interval of macro-F1 (resampling works)
     * @param accuracyCi bootstrap interval of accuracy
     * @param baseline   the majority baseline, fitted on each fold's training part
     * @param gold       gold label index per record
     * @param probabilities out-of-fold probabilities per record
     * @param logits     out-of-fold logits per record (for calibration)
     * @param groups     the group of each record
     * @param plan       the folds
     */
    @JsonPropertyOrder({"head", "cv", "folds", "stratified", "foldMethod", "grouping", "seed", "metrics", "macroF1Ci",
        "accuracyCi", "baseline"})
    public record Result(String head, String cv, int folds, boolean stratified, String foldMethod, String grouping,
                         long seed, ClassificationMetrics metrics, Bootstrap.Interval macroF1Ci,
                         Bootstrap.Interval accuracyCi, ClassificationMetrics baseline,
                         @JsonIgnore int[] gold, @JsonIgnore double[][] probabilities, @JsonIgnore double[][] logits,
                         @JsonIgnore String[] groups, @JsonIgnore FoldPlan plan) {}

    /**
     * Runs cross-validation.
     *
     * @param docs    analysed documents
     * @param y       gold label index of each document
     * @param groups  work group of each document (see {@link WorkGroups})
     * @param labels  the label set
     * @param trainer the trainer under test
     * @param spec    loo or K folds
     * @param seed    seed of fold assignment and bootstrap
     */
    public static Result run(List<Document> docs, int[] y, String[] groups, LabelSet labels, StanceTrainer trainer,
                             CvSpec spec, long seed) {
        List<String> names = labels.names();
        String[] labelNames = IntStream.of(y).mapToObj(names::get).toArray(String[]::new);
        FoldPlan plan = spec.plan(groups, labelNames, seed);
        double[][] probs = new double[y.length][];
        double[][] logits = new double[y.length][];
        double[][] base = new double[y.length][];
        plan.folds().parallelStream().forEach(fold -> {
            List<Document> train = IntStream.of(fold.train()).mapToObj(docs::get).toList();
            int[] ty = IntStream.of(fold.train()).map(i -> y[i]).toArray();
            StanceModel model = trainer.fit(train, ty, labels);
            MajorityBaseline majority = MajorityBaseline.fit(names, ty);
            for (int i : fold.test()) {
                logits[i] = model.logits(docs.get(i));
                probs[i] = org.stancemap.stance.Softmax.of(logits[i], 1.0);
                base[i] = majority.probabilities();
            }
        });
        ClassificationMetrics metrics = ClassificationMetrics.of(names, y, probs);
        Bootstrap bootstrap = new Bootstrap(new Bootstrap.Options(1000, 0.95, seed));
        return new Result(trainer.head(), spec.toString(), plan.size(), plan.stratified(), plan.method(),
                WorkGroups.METHOD, seed, metrics,
                bootstrap.interval(names, y, probs, groups, ClassificationMetrics::macroF1),
                bootstrap.interval(names, y, probs, groups, ClassificationMetrics::accuracy),
                ClassificationMetrics.of(names, y, base), y, probs, logits, groups, plan);
    }
}
