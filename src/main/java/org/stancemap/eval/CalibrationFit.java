package org.stancemap.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.stancemap.stance.Softmax;
import org.stancemap.stance.calibration.CalibrationState;
import org.stancemap.stance.calibration.ConformalCalibration;
import org.stancemap.stance.calibration.OneVsRestPlatt;
import org.stancemap.stance.calibration.SplitConformal;
import org.stancemap.stance.calibration.TemperatureScaling;

/**
 * Fits a bundle's calibration on out-of-fold predictions and measures it honestly. Three kinds are
 * compared by cross-fitted log loss (each fold's records calibrated by parameters fitted on the
 * other folds only): none, temperature scaling, one-vs-rest Platt scaling (Smile). The kind with
 * the lowest log loss is refitted on every record for the bundle, and the conformal threshold is
 * fitted on the calibrated out-of-fold probabilities. "After" metrics and conformal coverage are
 * the cross-fitted ones.
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
     * @param after             out-of-fold metrics with the chosen calibration, cross-fitted
     * @param logLossByKind     cross-fitted log loss of each calibration kind
     * @param coverage          the asked conformal coverage
     * @param empiricalCoverage share of records whose cross-fitted prediction set holds the gold label
     * @param meanSetSize       mean size of those sets
     */
    @JsonPropertyOrder({"state", "before", "after", "logLossByKind", "coverage", "empiricalCoverage", "meanSetSize"})
    public record Result(CalibrationState state, ClassificationMetrics before, ClassificationMetrics after,
                         Map<String, Double> logLossByKind, double coverage, double empiricalCoverage, double meanSetSize) {}

    /** Calibrates from a cross-validation result at the given conformal coverage (e.g. 0.9). */
    public static Result fit(CrossValidation.Result cv, double coverage) {
        List<String> labels = cv.metrics().labels();
        int[] gold = cv.gold();
        int n = gold.length;
        Map<String, double[][]> crossFitted = new LinkedHashMap<>();
        Map<String, Double> logLoss = new LinkedHashMap<>();
        for (String kind : List.of(CalibrationState.NONE, CalibrationState.TEMPERATURE, CalibrationState.PLATT)) {
            double[][] p = crossFit(cv, kind);
            crossFitted.put(kind, p);
            logLoss.put(kind, p == null ? Double.POSITIVE_INFINITY : ClassificationMetrics.of(labels, gold, p).logLoss());
        }
        String best = CalibrationState.NONE;
        for (Map.Entry<String, Double> e : logLoss.entrySet()) {
            if (e.getValue() < logLoss.get(best) - 1e-9) {
                best = e.getKey();
            }
        }
        CalibrationState provisional = fitKind(best, cv.logits(), gold, null);
        double[][] calibrated = new double[n][];
        for (int i = 0; i < n; i++) {
            calibrated[i] = provisional.probabilities(cv.logits()[i]);
        }
        ConformalCalibration conformal = SplitConformal.calibrate(calibrated, gold, coverage);
        CalibrationState state = fitKind(best, cv.logits(), gold, conformal);
        List<int[]> sets = crossFittedSets(cv, crossFitted.get(best), coverage);
        double[][] before = crossFitted.get(CalibrationState.NONE);
        return new Result(state, ClassificationMetrics.of(labels, gold, before),
                ClassificationMetrics.of(labels, gold, crossFitted.get(best)), logLoss, coverage,
                SplitConformal.empiricalCoverage(sets, gold), SplitConformal.meanSetSize(sets));
    }

    /** Calibration for a model with no labelled data: none, and prediction sets that hold every label. */
    public static CalibrationState uncalibrated(double coverage) {
        return new CalibrationState(CalibrationState.VERSION, CalibrationState.NONE, 1.0, null,
                new ConformalCalibration(coverage, 1, 0, false, SplitConformal.minimumCalibrationSize(coverage), 0),
                UNCERTAIN_THRESHOLD, "no labelled data: no calibration, prediction sets hold every label");
    }

    private static CalibrationState fitKind(String kind, double[][] logits, int[] gold, ConformalCalibration conformal) {
        ConformalCalibration c = conformal != null ? conformal
                : new ConformalCalibration(0.9, 1, 0, false, SplitConformal.minimumCalibrationSize(0.9), 0);
        String method = "chosen by the lowest cross-fitted log loss among none, temperature and one-vs-rest Platt"
                + " scaling on " + gold.length + " out-of-fold predictions; split-conformal (LAC) sets on the same";
        return switch (kind) {
            case CalibrationState.TEMPERATURE -> new CalibrationState(CalibrationState.VERSION, kind,
                    TemperatureScaling.fit(logits, gold).temperature(), null, c, UNCERTAIN_THRESHOLD, method);
            case CalibrationState.PLATT -> new CalibrationState(CalibrationState.VERSION, kind, 1.0,
                    OneVsRestPlatt.fit(softmax(logits), gold), c, UNCERTAIN_THRESHOLD, method);
            default -> new CalibrationState(CalibrationState.VERSION, CalibrationState.NONE, 1.0, null, c,
                    UNCERTAIN_THRESHOLD, method);
        };
    }

    /** Out-of-fold probabilities calibrated by parameters fitted on the other folds; null when a fit fails. */
    private static double[][] crossFit(CrossValidation.Result cv, String kind) {
        int n = cv.gold().length;
        double[][] out = new double[n][];
        try {
            for (Fold fold : cv.plan().folds()) {
                int[] rest = rest(fold, n);
                CalibrationState s = rest.length == 0 ? fitKind(CalibrationState.NONE, null, new int[0], null)
                        : fitKind(kind, rows(cv.logits(), rest), values(cv.gold(), rest), null);
                for (int i : fold.test()) {
                    out[i] = s.probabilities(cv.logits()[i]);
                }
            }
        } catch (RuntimeException e) {
            return null;  // e.g. Platt scaling with a class that has no positive example in the other folds
        }
        return out;
    }

    private static List<int[]> crossFittedSets(CrossValidation.Result cv, double[][] calibrated, double coverage) {
        int n = cv.gold().length;
        List<int[]> sets = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sets.add(null);
        }
        for (Fold fold : cv.plan().folds()) {
            int[] rest = rest(fold, n);
            if (rest.length == 0) {
                continue;
            }
            ConformalCalibration c = SplitConformal.calibrate(rows(calibrated, rest), values(cv.gold(), rest), coverage);
            for (int i : fold.test()) {
                sets.set(i, c.predictSet(calibrated[i]));
            }
        }
        return sets;
    }

    private static int[] rest(Fold fold, int n) {
        return IntStream.range(0, n).filter(i -> java.util.Arrays.binarySearch(fold.test(), i) < 0).toArray();
    }

    private static double[][] softmax(double[][] logits) {
        double[][] p = new double[logits.length][];
        for (int i = 0; i < p.length; i++) {
            p[i] = Softmax.of(logits[i], 1.0);
        }
        return p;
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
