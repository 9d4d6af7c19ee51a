package org.stancemap.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Precision, recall and F1 of one class, one-vs-rest. An undefined ratio (no prediction of the class,
 * or no gold record of it) counts as 0, as scikit-learn's {@code zero_division=0} does.
 *
 * @param label     the class label
 * @param precision true positives / predicted positives, or 0 when the class was never predicted
 * @param recall    true positives / gold positives, or 0 when the class has no support
 * @param f1        2 tp / (2 tp + fp + fn), or 0 when that denominator is 0
 * @param support   number of gold records of this class
 */
@JsonPropertyOrder({"label", "precision", "recall", "f1", "support"})
public record ClassMetrics(String label, double precision, double recall, double f1, int support) {

    public ClassMetrics {
        if (label == null) {
            throw new IllegalArgumentException("class label must not be null");
        }
        if (support < 0) {
            throw new IllegalArgumentException("support of '" + label + "' = " + support + ": expected >= 0");
        }
    }

    /** Metrics of one class from its confusion counts, with the zero-division convention above. */
    static ClassMetrics of(String label, int truePositives, int falsePositives, int falseNegatives) {
        double precision = ratio(truePositives, truePositives + falsePositives);
        double recall = ratio(truePositives, truePositives + falseNegatives);
        double f1 = ratio(2.0 * truePositives, 2.0 * truePositives + falsePositives + falseNegatives);
        return new ClassMetrics(label, precision, recall, f1, truePositives + falseNegatives);
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? 0 : numerator / denominator;
    }
}
