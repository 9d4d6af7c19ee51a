package org.stancemap.stance.calibration;

/** Argument checks of the calibrators: each names the argument, the index, the value and the expectation. */
final class Inputs {

    private Inputs() {
    }

    /** Checks a score table (logits or probabilities) with one gold index per row. */
    static void logits(double[][] scores, int[] gold) {
        if (scores == null || gold == null || scores.length == 0 || scores.length != gold.length) {
            throw new IllegalArgumentException("calibration data: expected as many score rows as gold labels, "
                    + "at least one; got " + (scores == null ? "null" : scores.length) + " rows and "
                    + (gold == null ? "null" : gold.length) + " labels");
        }
        int classes = scores[0] == null ? 0 : scores[0].length;
        if (classes < 2) {
            throw new IllegalArgumentException("scores[0]: expected at least 2 classes, got " + classes);
        }
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] == null || scores[i].length != classes) {
                throw new IllegalArgumentException("scores[" + i + "]: expected " + classes + " columns, got "
                        + (scores[i] == null ? "null" : scores[i].length));
            }
            for (int k = 0; k < classes; k++) {
                if (!Double.isFinite(scores[i][k])) {
                    throw new IllegalArgumentException("scores[" + i + "][" + k + "] = " + scores[i][k] + ": expected a finite value");
                }
            }
            if (gold[i] < 0 || gold[i] >= classes) {
                throw new IllegalArgumentException("gold[" + i + "] = " + gold[i] + ": expected a class index in [0, " + classes + ")");
            }
        }
    }

    /** Checks that every entry is a probability; rows need not sum to 1 exactly. */
    static void probabilities(double[][] probabilities, int[] gold) {
        logits(probabilities, gold);
        for (int i = 0; i < probabilities.length; i++) {
            for (int k = 0; k < probabilities[i].length; k++) {
                double p = probabilities[i][k];
                if (!(p >= 0 && p <= 1)) {
                    throw new IllegalArgumentException("probabilities[" + i + "][" + k + "] = " + p + ": expected a value in [0, 1]");
                }
            }
        }
    }

    /** Natural logs of probabilities clipped at {@link TemperatureScaling#EPSILON}. */
    static double[][] logOf(double[][] probabilities) {
        double[][] logs = new double[probabilities.length][];
        for (int i = 0; i < probabilities.length; i++) {
            logs[i] = new double[probabilities[i].length];
            for (int k = 0; k < logs[i].length; k++) {
                double p = probabilities[i][k];
                if (!(p >= 0 && p <= 1)) {
                    throw new IllegalArgumentException("probabilities[" + i + "][" + k + "] = " + p + ": expected a value in [0, 1]");
                }
                logs[i][k] = Math.log(Math.max(TemperatureScaling.EPSILON, p));
            }
        }
        return logs;
    }
}
