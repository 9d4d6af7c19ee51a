package org.stancemap.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.stancemap.stance.Softmax;
import org.stancemap.stance.calibration.CalibrationState;
import org.stancemap.stance.calibration.ConformalCalibration;
import org.stancemap.stance.calibration.SplitConformal;
import org.stancemap.stance.calibration.TemperatureScaling;

/**
 * Fits a bundle's calibration on out-of-fold predictions and measures it honestly: the temperature
 * and conformal threshold reported "after" are cross-fitted (each fold's records are calibrated by
 * parameters fitted on the other folds only), while the stored parameters use every record.
 */
public final class CalibrationFit {
    /** Confidence below which a record is flagged uncertain, unless its prediction set already says so. */
    public static final double UNCERTAIN_THRESHOLD = 0.5;

    private CalibrationFit() {}

    /**
     * The result.
     *
     * @param state             what the bundle stores
     * @param before            out-of-fold metrics without calibration
     * @param after             out-of-fold metrics with cross-fitted temperature scaling
     * @param coverage          the asked conformal coverage
     * @param empiricalCoverage share of records whose cross-fitted prediction set holds the gold label
     * @param meanSetSize       mean size of those sets
     */
    @JsonPropertyOrder({"state", "before", "after", "coverage", "empiricalCoverage", "meanSetSize"})
    public record Result(CalibrationState state, ClassificationMetrics before, ClassificationMetrics after,
                         double coverage, double empiricalCoverage, double meanSetSize) {}

    /** Calibrates from a cross-validation result at the given conformal coverage (e.g. 0.9). */
    public static Result fit(CrossValidation.Result cv, double coverage) {
        List<String> labels = cv.metrics().labels();
        int[] gold = cv.gold();
        double[][] logits = cv.logits();
        int n = gold.length;
        double[][] after = new double[n][];
        List<int[]> sets = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sets.add(null);
        }
        for (Fold fold : cv.plan().folds()) {
            int[] rest = IntStream.range(0, n).filter(i -> !contains(fold.test(), i)).toArray();
            TemperatureScaling t = rest.length == 0 ? TemperatureScaling.identity()
                    : TemperatureScaling.fit(rows(logits, rest), values(gold, rest));
            double[][] restProbs = new double[rest.length][];
            for (int j = 0; j < rest.length; j++) {
                restProbs[j] = t.apply(logits[rest[j]]);
            }
            ConformalCalibration c = SplitConformal.calibrate(restProbs, values(gold, rest), coverage);
            for (int i : fold.test()) {
                after[i] = t.apply(logits[i]);
                sets.set(i, c.predictSet(after[i]));
            }
        }
        TemperatureScaling all = TemperatureScaling.fit(logits, gold);
        double[][] calibrated = new double[n][];
        for (int i = 0; i < n; i++) {
            calibrated[i] = all.apply(logits[i]);
        }
        ConformalCalibration conformal = SplitConformal.calibrate(calibrated, gold, coverage);
        CalibrationState state = new CalibrationState(CalibrationState.VERSION, all.temperature(), conformal,
                UNCERTAIN_THRESHOLD, "temperature scaling and split-conformal (LAC) sets fitted on the " + n
                        + " out-of-fold predictions of " + cv.cv() + " cross-validation");
        double[][] before = new double[n][];
        for (int i = 0; i < n; i++) {
            before[i] = Softmax.of(logits[i], 1.0);
        }
        return new Result(state, ClassificationMetrics.of(labels, gold, before), ClassificationMetrics.of(labels, gold, after),
                coverage, SplitConformal.empiricalCoverage(sets, gold), SplitConformal.meanSetSize(sets));
    }

    /** Calibration for a model with no labelled data: temperature 1 and full prediction sets. */
    public static CalibrationState uncalibrated(double coverage) {
        return new CalibrationState(CalibrationState.VERSION, 1.0, new ConformalCalibration(coverage, 1, 0, false,
                SplitConformal.minimumCalibrationSize(coverage), 0),
                UNCERTAIN_THRESHOLD, "no labelled data: temperature 1, prediction sets hold every label");
    }

    private static boolean contains(int[] sorted, int i) {
        return java.util.Arrays.binarySearch(sorted, i) >= 0;
    }

    private static double[][] rows(double[][] m, int[] idx) {
        double[][] out = new double[idx.length][];
        for (int j = 0; j < idx.length; j++) {
            out[j] = m[idx[j]];
        }
        return out;
    }

    private static int[] values(int[] v, int[] idx) {
        int[] out = new int[idx.length];
        for (int j = 0; j < idx.length; j++) {
            out[j] = v[idx[j]];
        }
        return out;
    }
}
