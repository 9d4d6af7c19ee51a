package org.stancemap.stance.calibration;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * A split-conformal calibration made by {@link SplitConformal}: turns a probability vector into a
 * prediction set that contains the true class with probability at least {@code coverage}, marginally
 * over exchangeable records. A set holds every class {@code k} with {@code 1 - p_k <= qhat}; it is
 * never empty (the most probable class is added when no class passes).
 *
 * <p>When the calibration set was too small for the coverage ({@code sufficient = false}), no finite
 * threshold gives the guarantee, so every set is the full label set and {@code qhat} is stored as 1.
 * This record is the whole persisted state. Immutable and thread-safe.
 *
 * @param coverage           target coverage {@code 1 - alpha}, in (0, 1)
 * @param qhat               score threshold, in [0, 1]
 * @param n                  number of calibration records
 * @param sufficient         whether {@code n} was large enough for {@code coverage}
 * @param minimumN           the smallest calibration size that supports {@code coverage}
 * @param achievableCoverage the highest coverage that {@code n} records support, {@code n / (n + 1)}
 */
@JsonPropertyOrder({"coverage", "qhat", "n", "sufficient", "minimumN", "achievableCoverage"})
public record ConformalCalibration(double coverage, double qhat, int n, boolean sufficient, int minimumN,
        double achievableCoverage) {

    public ConformalCalibration {
        if (!(coverage > 0 && coverage < 1)) {
            throw new IllegalArgumentException("Invalid conformal coverage: " + coverage + " (expected 0 < coverage < 1)");
        }
        if (!(qhat >= 0 && qhat <= 1)) {
            throw new IllegalArgumentException("Invalid conformal qhat: " + qhat + " (expected 0 <= qhat <= 1)");
        }
        if (n < 0 || minimumN < 1) {
            throw new IllegalArgumentException("Invalid conformal sizes: n = " + n + ", minimumN = " + minimumN
                    + " (expected n >= 0, minimumN >= 1; n = 0 means no calibration data: full sets)");
        }
        if (sufficient != (n >= minimumN)) {
            throw new IllegalArgumentException("Inconsistent conformal state: sufficient = " + sufficient
                    + " but n = " + n + " and minimumN = " + minimumN);
        }
    }

    /**
     * The prediction set of one record: class indices in ascending order.
     *
     * @param probabilities one probability per class
     */
    public int[] predictSet(double[] probabilities) {
        if (probabilities == null || probabilities.length < 2) {
            throw new IllegalArgumentException("conformal set: expected a probability vector over at least 2 classes");
        }
        if (!sufficient) {
            return java.util.stream.IntStream.range(0, probabilities.length).toArray();
        }
        List<Integer> members = new ArrayList<>();
        int best = 0;
        for (int k = 0; k < probabilities.length; k++) {
            if (1 - probabilities[k] <= qhat) {
                members.add(k);
            }
            if (probabilities[k] > probabilities[best]) {
                best = k;
            }
        }
        if (members.isEmpty()) {
            members.add(best);
        }
        return members.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The prediction set of every row. */
    public List<int[]> predictSets(double[][] probabilities) {
        List<int[]> sets = new ArrayList<>(probabilities.length);
        for (double[] p : probabilities) {
            sets.add(predictSet(p));
        }
        return sets;
    }
}
