package org.stancemap.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * One confidence bin of a reliability diagram. A record falls in the bin when its confidence (its
 * largest probability) is in {@code [lower, upper)}; the last bin also holds confidence 1.
 *
 * @param lower          lower edge, inclusive
 * @param upper          upper edge, exclusive except for the last bin
 * @param count          records in the bin
 * @param accuracy       share of those records whose predicted class is right, or {@code null} when
 *                       the bin is empty (so that a plot draws no point rather than a false 0)
 * @param meanConfidence mean confidence of those records, or {@code null} when the bin is empty
 */
@JsonPropertyOrder({"lower", "upper", "count", "accuracy", "meanConfidence"})
public record ReliabilityBin(double lower, double upper, int count, Double accuracy, Double meanConfidence) {

    /** Number of equal-width bins used for the expected calibration error. */
    public static final int BINS = 10;

    public ReliabilityBin {
        if (!(lower >= 0 && lower < upper && upper <= 1)) {
            throw new IllegalArgumentException("bin [" + lower + ", " + upper + "): expected 0 <= lower < upper <= 1");
        }
        if (count < 0 || (count == 0) != (accuracy == null) || (accuracy == null) != (meanConfidence == null)) {
            throw new IllegalArgumentException("bin [" + lower + ", " + upper + ") with count " + count
                    + ": accuracy and mean confidence must be given exactly when count > 0");
        }
    }

    /**
     * The {@link #BINS} equal-width bins of the given confidences and correctness flags, in order
     * of confidence.
     */
    static List<ReliabilityBin> of(double[] confidence, boolean[] correct) {
        int[] count = new int[BINS];
        int[] right = new int[BINS];
        double[] sum = new double[BINS];
        for (int i = 0; i < confidence.length; i++) {
            int b = binOf(confidence[i]);
            count[b]++;
            sum[b] += confidence[i];
            if (correct[i]) {
                right[b]++;
            }
        }
        List<ReliabilityBin> bins = new ArrayList<>(BINS);
        for (int b = 0; b < BINS; b++) {
            Double accuracy = count[b] == 0 ? null : (double) right[b] / count[b];
            Double mean = count[b] == 0 ? null : sum[b] / count[b];
            bins.add(new ReliabilityBin(edge(b), edge(b + 1), count[b], accuracy, mean));
        }
        return List.copyOf(bins);
    }

    /** ECE = sum over bins of count / n * |accuracy - mean confidence|. */
    static double expectedCalibrationError(List<ReliabilityBin> bins, int n) {
        double ece = 0;
        for (ReliabilityBin bin : bins) {
            if (bin.count > 0) {
                ece += (double) bin.count / n * Math.abs(bin.accuracy - bin.meanConfidence);
            }
        }
        return ece;
    }

    private static double edge(int b) {
        return b / (double) BINS;
    }

    /** Bin index checked against the edges as reported, so that a confidence equal to an edge lands above it. */
    static int binOf(double confidence) {
        int b = Math.min(BINS - 1, Math.max(0, (int) Math.floor(confidence * BINS)));
        if (b < BINS - 1 && confidence >= edge(b + 1)) {
            b++;
        } else if (b > 0 && confidence < edge(b)) {
            b--;
        }
        return b;
    }
}
