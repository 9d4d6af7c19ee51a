package org.stancemap.eval;

import java.util.Arrays;
import java.util.List;

/**
 * The baseline reported beside every evaluation: ignores the text, predicts the most frequent
 * training class (ties go to the lower index) and gives every record the same probabilities, the
 * training class frequencies with add-one smoothing: {@code (count_k + 1) / (n + K)}. Smoothing keeps
 * every probability above 0, so its log loss stays finite when a test record belongs to a class
 * absent from training; it never changes which class is the most frequent.
 *
 * <p>Immutable and thread-safe.
 */
public final class MajorityBaseline {

    private final List<String> labels;
    private final int[] counts;
    private final double[] probabilities;
    private final int predicted;

    private MajorityBaseline(List<String> labels, int[] counts) {
        this.labels = labels;
        this.counts = counts;
        int n = Arrays.stream(counts).sum();
        this.probabilities = new double[counts.length];
        for (int k = 0; k < counts.length; k++) {
            probabilities[k] = (counts[k] + 1.0) / (n + counts.length);
        }
        this.predicted = Checks.argmax(probabilities);
    }

    /**
     * Counts the training labels.
     *
     * @param labels       class labels, in index order
     * @param trainingGold gold class index of each training record (at least one)
     * @throws IllegalArgumentException when a gold index is outside the label set or there are no records
     */
    public static MajorityBaseline fit(List<String> labels, int[] trainingGold) {
        List<String> names = Checks.labels(labels);
        Checks.gold(trainingGold, names.size());
        int[] counts = new int[names.size()];
        for (int g : trainingGold) {
            counts[g]++;
        }
        return new MajorityBaseline(names, counts);
    }

    /** The class labels, in index order. */
    public List<String> labels() {
        return labels;
    }

    /** Index of the predicted (most frequent) class. */
    public int predictedClass() {
        return predicted;
    }

    /** Training count of each class, in label order (a copy). */
    public int[] counts() {
        return counts.clone();
    }

    /** The smoothed training frequencies, in label order (a copy); they sum to 1. */
    public double[] probabilities() {
        return probabilities.clone();
    }

    /** The probability table for {@code n} records: {@code n} copies of {@link #probabilities()}. */
    public double[][] predict(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("number of records = " + n + ": expected >= 0");
        }
        double[][] table = new double[n][];
        for (int i = 0; i < n; i++) {
            table[i] = probabilities.clone();
        }
        return table;
    }
}
