package org.stancemap.stance.mlp;

/** Argument checks for {@link MlpTrainer#fit}; messages name the argument, the row and the expectation. */
final class TrainingInput {

    private TrainingInput() {
    }

    static void check(double[][] x, int[] y, double[] w, int numClasses, MlpOptions opts) {
        if (opts == null) {
            throw new IllegalArgumentException("Invalid options: null");
        }
        if (numClasses < 2) {
            throw new IllegalArgumentException("Invalid numClasses: " + numClasses + " (expected >= 2)");
        }
        if (x == null || x.length == 0) {
            throw new IllegalArgumentException("Invalid training rows: " + (x == null ? "null" : "none") + " (expected >= 1)");
        }
        if (x[0] == null || x[0].length == 0) {
            throw new IllegalArgumentException("Invalid row 0: no features (expected >= 1)");
        }
        int d = x[0].length;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null || x[i].length != d) {
                throw new IllegalArgumentException("Invalid row " + i + " length: "
                        + (x[i] == null ? "null" : String.valueOf(x[i].length)) + " (expected " + d + ", as row 0)");
            }
            for (int j = 0; j < d; j++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new IllegalArgumentException("Invalid feature " + j + " in row " + i + ": " + x[i][j] + " (expected finite)");
                }
            }
        }
        if (y == null || y.length != x.length) {
            throw new IllegalArgumentException("Invalid labels: " + (y == null ? "null" : y.length + " labels")
                    + " (expected " + x.length + ", one per row)");
        }
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || y[i] >= numClasses) {
                throw new IllegalArgumentException("Invalid label in row " + i + ": " + y[i] + " (expected 0.." + (numClasses - 1) + ")");
            }
        }
        if (w != null) {
            checkWeights(w, x.length);
        }
    }

    private static void checkWeights(double[] w, int n) {
        if (w.length != n) {
            throw new IllegalArgumentException("Invalid sample weights: " + w.length + " weights (expected " + n + ", one per row)");
        }
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            if (!(w[i] >= 0.0 && Double.isFinite(w[i]))) {
                throw new IllegalArgumentException("Invalid sample weight in row " + i + ": " + w[i] + " (expected finite and >= 0)");
            }
            sum += w[i];
        }
        if (!(sum > 0.0)) {
            throw new IllegalArgumentException("Invalid sample weights: all 0 (expected at least one > 0)");
        }
    }

    /**
     * Weights rescaled to mean 1; null when there are none or all are equal, so that equal weights
     * train bit for bit like no weights (rescaling could leave them one ulp away from 1).
     */
    static double[] meanOneOrNull(double[] w) {
        if (w == null || java.util.Arrays.stream(w).allMatch(v -> v == w[0])) {
            return null;
        }
        double sum = 0.0;
        for (double v : w) {
            sum += v;
        }
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = w[i] * w.length / sum;
        }
        return out;
    }
}
