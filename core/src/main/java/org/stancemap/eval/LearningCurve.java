package org.stancemap.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How quality grows with training data. For each training size and repeat, every fold of a
 * {@link FoldPlan} trains on a random subset of its training side (uniform, without replacement; a
 * small subset may miss a class) and predicts its whole test side; the out-of-fold predictions of all
 * folds are pooled and scored once, so that small test folds (leave one work out) still give a
 * macro-F1. Reported per size: mean and sample standard deviation over repeats.
 *
 * <p>Pure orchestration: the {@link TrainAndPredict} callback trains and predicts. When a size takes a
 * fold's whole training side, the subset cannot vary, so that fold is trained once and its predictions
 * reused (for every repeat and size); a size that samples no fold at all runs once. Results depend only
 * on the inputs, the seed and the callback. Stateless; thread-safe when the callback is.
 */
public final class LearningCurve {

    /** Trains on the records {@code train} and returns probabilities for {@code test}, one row per test index, in order. */
    @FunctionalInterface
    public interface TrainAndPredict {
        double[][] probabilities(int[] train, int[] test);
    }

    /**
     * Learning-curve settings.
     *
     * @param sizes   training sizes, at least one
     * @param repeats random subsets per size, at least 1
     * @param seed    seed of the subsampling
     */
    public record Options(List<TrainingSize> sizes, int repeats, long seed) {
        public Options {
            if (sizes == null || sizes.isEmpty()) {
                throw new IllegalArgumentException("Invalid learning-curve sizes: none given");
            }
            if (repeats < 1) {
                throw new IllegalArgumentException("Invalid learning-curve repeats: " + repeats + " (expected >= 1)");
            }
            sizes = List.copyOf(sizes);
        }
    }

    /**
     * One point of the curve.
     *
     * @param size              the size as given ({@code 25%} or a count)
     * @param meanTrainingSize  training records per fold, averaged over folds
     * @param runs              repeats actually run (1 when no fold was subsampled)
     * @param meanMacroF1       mean pooled macro-F1 over runs
     * @param sdMacroF1         sample standard deviation of it (0 for one run)
     * @param meanAccuracy      mean pooled accuracy over runs
     * @param sdAccuracy        sample standard deviation of it (0 for one run)
     */
    @JsonPropertyOrder({"size", "meanTrainingSize", "runs", "meanMacroF1", "sdMacroF1", "meanAccuracy", "sdAccuracy"})
    public record Point(String size, double meanTrainingSize, int runs, double meanMacroF1, double sdMacroF1,
            double meanAccuracy, double sdAccuracy) {
    }

    private LearningCurve() {
    }

    /**
     * Runs the curve.
     *
     * @param labels   class labels, in index order
     * @param gold     gold class index of each record
     * @param plan     folds whose test sides partition the records {@code 0..gold.length-1}
     * @param options  sizes, repeats and seed
     * @param callback trains and predicts
     * @return one point per size, in the order given
     * @throws IllegalArgumentException when the plan does not partition the records, a count exceeds a
     *                                  fold's training side, or the callback returns a malformed table
     */
    public static List<Point> run(List<String> labels, int[] gold, FoldPlan plan, Options options,
            TrainAndPredict callback) {
        if (plan == null || options == null || callback == null) {
            throw new IllegalArgumentException("learning curve: plan, options and callback must not be null");
        }
        List<String> names = Checks.labels(labels);
        Checks.gold(gold, names.size());
        checkPartition(plan, gold.length);
        Random random = new Random(options.seed());
        Map<Integer, double[][]> fullFold = new HashMap<>();
        List<Point> points = new ArrayList<>();
        for (TrainingSize size : options.sizes()) {
            double[] f1 = new double[options.repeats()];
            double[] accuracy = new double[options.repeats()];
            double trainingSize = 0;
            int runs = 0;
            boolean sampled = true;
            for (int r = 0; r < options.repeats() && (r == 0 || sampled); r++) {
                sampled = false;
                trainingSize = 0;
                double[][] pooled = new double[gold.length][];
                for (int f = 0; f < plan.size(); f++) {
                    Fold fold = plan.folds().get(f);
                    int[] train = fold.train();
                    int[] test = fold.test();
                    int m = size.resolve(train.length, f);
                    trainingSize += m;
                    double[][] p;
                    if (m == train.length) {
                        int key = f;
                        p = fullFold.computeIfAbsent(key, x -> predict(callback, train, test, names.size(), key, size));
                    } else {
                        sampled = true;
                        p = predict(callback, subsample(train, m, random), test, names.size(), f, size);
                    }
                    for (int t = 0; t < test.length; t++) {
                        pooled[test[t]] = p[t];
                    }
                }
                ClassificationMetrics metrics = ClassificationMetrics.of(names, gold, pooled);
                f1[r] = metrics.macroF1();
                accuracy[r] = metrics.accuracy();
                runs++;
            }
            points.add(new Point(size.toString(), trainingSize / plan.size(), runs,
                    mean(f1, runs), sd(f1, runs), mean(accuracy, runs), sd(accuracy, runs)));
        }
        return List.copyOf(points);
    }

    private static double[][] predict(TrainAndPredict callback, int[] train, int[] test, int classes, int fold,
            TrainingSize size) {
        double[][] p = callback.probabilities(train.clone(), test.clone());
        try {
            Checks.probabilities(p, test.length, classes);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("learning curve, fold " + fold + ", size " + size
                    + ": the callback returned a bad table: " + e.getMessage(), e);
        }
        return p;
    }

    /** {@code m} of the indices, uniformly without replacement (partial Fisher-Yates), ascending. */
    static int[] subsample(int[] indices, int m, Random random) {
        int[] pool = indices.clone();
        for (int i = 0; i < m; i++) {
            int j = i + random.nextInt(pool.length - i);
            int t = pool[i];
            pool[i] = pool[j];
            pool[j] = t;
        }
        int[] chosen = Arrays.copyOf(pool, m);
        Arrays.sort(chosen);
        return chosen;
    }

    private static void checkPartition(FoldPlan plan, int n) {
        int[] seen = new int[n];
        for (Fold fold : plan.folds()) {
            for (int i : fold.test()) {
                if (i < 0 || i >= n) {
                    throw new IllegalArgumentException("fold plan tests record " + i + ": expected an index in [0, " + n + ")");
                }
                seen[i]++;
            }
        }
        for (int i = 0; i < n; i++) {
            if (seen[i] != 1) {
                throw new IllegalArgumentException("fold plan tests record " + i + " " + seen[i]
                        + " times: expected exactly once");
            }
        }
    }

    private static double mean(double[] x, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += x[i];
        }
        return s / n;
    }

    private static double sd(double[] x, int n) {
        if (n < 2) {
            return 0;
        }
        double m = mean(x, n);
        double ss = 0;
        for (int i = 0; i < n; i++) {
            ss += (x[i] - m) * (x[i] - m);
        }
        return Math.sqrt(ss / (n - 1));
    }
}
