package org.stancemap.stance.calibration;

import java.util.Arrays;
import java.util.List;

/**
 * Split-conformal prediction sets (LAC score, Sadinle et al. 2019) calibrated on out-of-fold
 * probabilities. The conformity score of a record is {@code 1 - p(true class)}; for coverage
 * {@code 1 - alpha} and {@code n} calibration scores, {@code qhat} is the
 * {@code ceil((n + 1)(1 - alpha))}-th smallest score. When that rank exceeds {@code n} the calibration
 * set is too small: the result says so and predicts full sets rather than pretend. Stateless and
 * thread-safe.
 */
public final class SplitConformal {

    /** Absorbs floating-point error in {@code (n + 1) * coverage} (0.9 * 10 must be 9, not 9.000000000000002). */
    private static final double RANK_SLACK = 1e-9;

    private SplitConformal() {
    }

    /**
     * Calibrates on out-of-fold probabilities and gold labels.
     *
     * @param probabilities one row per calibration record, one column per class
     * @param gold          gold class index of each record
     * @param coverage      target coverage {@code 1 - alpha}, in (0, 1)
     * @throws IllegalArgumentException when the shapes disagree or a value is out of range
     */
    public static ConformalCalibration calibrate(double[][] probabilities, int[] gold, double coverage) {
        Inputs.probabilities(probabilities, gold);
        double[] scores = new double[gold.length];
        for (int i = 0; i < gold.length; i++) {
            scores[i] = 1 - probabilities[i][gold[i]];
        }
        return calibrate(scores, coverage);
    }

    /**
     * Calibrates on conformity scores {@code 1 - p(true class)}.
     *
     * @param scores   at least one score, each in [0, 1]
     * @param coverage target coverage {@code 1 - alpha}, in (0, 1)
     */
    public static ConformalCalibration calibrate(double[] scores, double coverage) {
        int minimum = minimumCalibrationSize(coverage);
        if (scores == null || scores.length == 0) {
            throw new IllegalArgumentException("conformal calibration: expected at least one score, got none");
        }
        for (int i = 0; i < scores.length; i++) {
            if (!(scores[i] >= 0 && scores[i] <= 1)) {
                throw new IllegalArgumentException("scores[" + i + "] = " + scores[i] + ": expected a value in [0, 1]");
            }
        }
        int n = scores.length;
        double achievable = n / (n + 1.0);
        int rank = rank(n, coverage);
        if (rank > n) {
            return new ConformalCalibration(coverage, 1, n, false, minimum, achievable);
        }
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        return new ConformalCalibration(coverage, sorted[rank - 1], n, true, minimum, achievable);
    }

    /** The smallest calibration size {@code n} with {@code ceil((n + 1) * coverage) <= n}; 9 for 90%. */
    public static int minimumCalibrationSize(double coverage) {
        if (!(coverage > 0 && coverage < 1)) {
            throw new IllegalArgumentException("Invalid conformal coverage: " + coverage + " (expected 0 < coverage < 1)");
        }
        int n = 1;
        while (rank(n, coverage) > n) {
            n++;
        }
        return n;
    }

    /** Share of records whose set holds their gold class. */
    public static double empiricalCoverage(List<int[]> sets, int[] gold) {
        if (sets == null || gold == null || sets.isEmpty() || sets.size() != gold.length) {
            throw new IllegalArgumentException("empirical coverage: expected one set per gold label, at least one");
        }
        int covered = 0;
        for (int i = 0; i < gold.length; i++) {
            int g = gold[i];
            covered += Arrays.stream(sets.get(i)).anyMatch(k -> k == g) ? 1 : 0;
        }
        return (double) covered / gold.length;
    }

    /** Mean number of classes per set. */
    public static double meanSetSize(List<int[]> sets) {
        if (sets == null || sets.isEmpty()) {
            throw new IllegalArgumentException("mean set size: expected at least one set");
        }
        return sets.stream().mapToInt(s -> s.length).average().orElseThrow();
    }

    static int rank(int n, double coverage) {
        return (int) Math.ceil((n + 1) * coverage - RANK_SLACK);
    }
}
