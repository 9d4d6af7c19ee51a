package org.stancemap.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Quality of probabilistic predictions against gold labels: an immutable value with stable JSON field
 * names (camelCase, in the order of the components).
 *
 * <p>The predicted class of a record is the index of its largest probability; ties go to the lower
 * index. Macro-F1 is the unweighted mean of F1 over <em>all</em> classes of the label set, including
 * classes with no support; such a class, and any class whose F1 is undefined, counts as F1 = 0
 * (scikit-learn {@code f1_score(average="macro", labels=all, zero_division=0)}).
 *
 * @param labels      class labels, in index order
 * @param n           number of records
 * @param accuracy    share of records whose predicted class is the gold class
 * @param macroF1     mean F1 over all labels
 * @param perClass    precision, recall, F1 and support of each label, in label order
 * @param confusion   confusion counts: row = gold class, column = predicted class, in label order
 * @param logLoss     mean of -ln p(gold class), probabilities clipped to [1e-15, 1]
 * @param brier       multi-class Brier score: mean over records of sum over classes of (p - y)^2, in [0, 2]
 * @param ece         expected calibration error over the {@link ReliabilityBin#BINS} equal-width
 *                    confidence bins (confidence = largest probability)
 * @param reliability the confidence bins behind {@code ece}, for a reliability diagram
 */
@JsonPropertyOrder({"labels", "n", "accuracy", "macroF1", "perClass", "confusion", "logLoss", "brier", "ece", "reliability"})
public record ClassificationMetrics(
        List<String> labels,
        int n,
        double accuracy,
        double macroF1,
        List<ClassMetrics> perClass,
        List<List<Integer>> confusion,
        double logLoss,
        double brier,
        double ece,
        List<ReliabilityBin> reliability) {

    /** Probabilities are clipped from below to this value before taking the log. */
    public static final double LOG_LOSS_EPSILON = 1e-15;

    public ClassificationMetrics {
        labels = Checks.labels(labels);
        int k = labels.size();
        if (perClass == null || perClass.size() != k) {
            throw new IllegalArgumentException("perClass: expected " + k + " entries, one per label");
        }
        if (confusion == null || confusion.size() != k || confusion.stream().anyMatch(r -> r == null || r.size() != k)) {
            throw new IllegalArgumentException("confusion: expected a " + k + " x " + k + " matrix");
        }
        if (reliability == null || reliability.size() != ReliabilityBin.BINS) {
            throw new IllegalArgumentException("reliability: expected " + ReliabilityBin.BINS + " bins");
        }
        int total = confusion.stream().flatMap(List::stream).mapToInt(Integer::intValue).sum();
        if (n < 1 || total != n) {
            throw new IllegalArgumentException("n = " + n + " with " + total + " records in the confusion matrix: "
                    + "expected n >= 1 and equal to the total");
        }
        perClass = List.copyOf(perClass);
        confusion = confusion.stream().map(List::copyOf).toList();
        reliability = List.copyOf(reliability);
    }

    /**
     * Computes every metric.
     *
     * @param labels        class labels (at least two, distinct); column {@code k} of {@code probabilities}
     *                      and gold index {@code k} refer to {@code labels.get(k)}
     * @param gold          gold class index of each record (at least one record)
     * @param probabilities one row per record, one column per label, each row summing to 1
     * @throws IllegalArgumentException naming the offending argument, index and value when the shapes
     *                                  do not agree or a value is out of range
     */
    public static ClassificationMetrics of(List<String> labels, int[] gold, double[][] probabilities) {
        List<String> names = Checks.labels(labels);
        int k = names.size();
        Checks.gold(gold, k);
        Checks.probabilities(probabilities, gold.length, k);
        int n = gold.length;

        int[][] confusion = new int[k][k];
        double[] confidence = new double[n];
        boolean[] correct = new boolean[n];
        double logLoss = 0;
        double brier = 0;
        int right = 0;
        for (int i = 0; i < n; i++) {
            double[] p = probabilities[i];
            int predicted = Checks.argmax(p);
            confusion[gold[i]][predicted]++;
            confidence[i] = p[predicted];
            correct[i] = predicted == gold[i];
            right += correct[i] ? 1 : 0;
            logLoss -= Math.log(Math.max(LOG_LOSS_EPSILON, p[gold[i]]));
            for (int c = 0; c < k; c++) {
                double err = p[c] - (c == gold[i] ? 1 : 0);
                brier += err * err;
            }
        }

        List<ClassMetrics> perClass = new ArrayList<>(k);
        double f1Sum = 0;
        for (int c = 0; c < k; c++) {
            int tp = confusion[c][c];
            int fp = 0;
            int fn = 0;
            for (int o = 0; o < k; o++) {
                if (o != c) {
                    fp += confusion[o][c];
                    fn += confusion[c][o];
                }
            }
            ClassMetrics m = ClassMetrics.of(names.get(c), tp, fp, fn);
            perClass.add(m);
            f1Sum += m.f1();
        }
        List<List<Integer>> matrix = new ArrayList<>(k);
        for (int[] row : confusion) {
            matrix.add(java.util.Arrays.stream(row).boxed().toList());
        }
        List<ReliabilityBin> bins = ReliabilityBin.of(confidence, correct);
        return new ClassificationMetrics(names, n, (double) right / n, f1Sum / k, perClass, matrix,
                logLoss / n, brier / n, ReliabilityBin.expectedCalibrationError(bins, n), bins);
    }

    /** The metrics of one class. @throws IllegalArgumentException when the label is not in {@link #labels()} */
    public ClassMetrics classMetrics(String label) {
        int k = labels.indexOf(label);
        if (k < 0) {
            throw new IllegalArgumentException("unknown label '" + label + "': expected one of " + labels);
        }
        return perClass.get(k);
    }

    /** Confusion count of records with gold class {@code gold} predicted as {@code predicted} (indices). */
    public int count(int gold, int predicted) {
        return confusion.get(gold).get(predicted);
    }
}
