package org.stancemap.eval;

import java.util.List;

/**
 * Argument checks shared by the evaluation classes, so that every entry point rejects bad arrays
 * with the same message: the argument, the offending index and value, and what was expected.
 */
final class Checks {

    /** How far a probability row may sum from 1: covers float32 model outputs over a few classes. */
    static final double ROW_SUM_TOLERANCE = 1e-5;

    private Checks() {
    }

    /** Checks the label set: at least two distinct, non-blank names. */
    static List<String> labels(List<String> labels) {
        if (labels == null || labels.size() < 2) {
            throw new IllegalArgumentException("labels: expected at least 2 class labels, got "
                    + (labels == null ? "null" : labels.size()));
        }
        for (int k = 0; k < labels.size(); k++) {
            String label = labels.get(k);
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("labels[" + k + "] is blank");
            }
            if (labels.indexOf(label) != k) {
                throw new IllegalArgumentException("labels[" + k + "] '" + label + "' is a duplicate");
            }
        }
        return List.copyOf(labels);
    }

    /** Checks gold class indices: non-empty, each in {@code [0, classes)}. */
    static void gold(int[] gold, int classes) {
        if (gold == null || gold.length == 0) {
            throw new IllegalArgumentException("gold: expected at least one record, got none");
        }
        for (int i = 0; i < gold.length; i++) {
            if (gold[i] < 0 || gold[i] >= classes) {
                throw new IllegalArgumentException("gold[" + i + "] = " + gold[i]
                        + ": expected a class index in [0, " + classes + ")");
            }
        }
    }

    /**
     * Checks a probability table against {@code n} records and {@code classes} classes: finite
     * entries in [0, 1], rows summing to 1 within {@link #ROW_SUM_TOLERANCE}.
     */
    static void probabilities(double[][] probabilities, int n, int classes) {
        if (probabilities == null || probabilities.length != n) {
            throw new IllegalArgumentException("probabilities: expected " + n + " rows (one per record), got "
                    + (probabilities == null ? "null" : probabilities.length));
        }
        for (int i = 0; i < n; i++) {
            double[] row = probabilities[i];
            if (row == null || row.length != classes) {
                throw new IllegalArgumentException("probabilities[" + i + "]: expected " + classes
                        + " columns (one per label), got " + (row == null ? "null" : row.length));
            }
            double sum = 0;
            for (int k = 0; k < classes; k++) {
                if (!(row[k] >= 0 && row[k] <= 1)) {
                    throw new IllegalArgumentException("probabilities[" + i + "][" + k + "] = " + row[k]
                            + ": expected a probability in [0, 1]");
                }
                sum += row[k];
            }
            if (Math.abs(sum - 1) > ROW_SUM_TOLERANCE) {
                throw new IllegalArgumentException("probabilities[" + i + "] sums to " + sum
                        + ": expected 1 (within " + ROW_SUM_TOLERANCE + ")");
            }
        }
    }

    /** Checks group keys: one per record, none null. */
    static void groups(String[] groups, int n) {
        if (groups == null || groups.length != n) {
            throw new IllegalArgumentException("groups: expected " + n + " group keys (one per record), got "
                    + (groups == null ? "null" : groups.length));
        }
        for (int i = 0; i < n; i++) {
            if (groups[i] == null) {
                throw new IllegalArgumentException("groups[" + i + "] is null: give every record a group "
                        + "(its work key, or its own id when it has none)");
            }
        }
    }

    /** Index of the largest entry; ties go to the lower index. */
    static int argmax(double[] row) {
        int best = 0;
        for (int k = 1; k < row.length; k++) {
            if (row[k] > row[best]) {
                best = k;
            }
        }
        return best;
    }
}
