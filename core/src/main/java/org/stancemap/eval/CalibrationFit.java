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
    /** Confidence below which a record is flagged uncertain while the calibration is provisional. */
    public static final double UNCERTAIN_THRESHOLD = 0.5;

    /** Share of answered (not flagged) records that should be right. */
    public static final double SELECTIVE_PRECISION = 0.9;

    /**
     * The confidence threshold when there are too few out-of-fold predictions to choose one: on
     * held-out literature the evidence head trained on the seed answered 46% of the records at this
     * threshold, 93% of them rightly (at 0.75: 51%, 89% rightly; {@code bench/accuracy}).
     */
    public static final double DEFAULT_SELECTIVE_THRESHOLD = 0.8;

    /** Fewest out-of-fold predictions to choose the selective threshold on. */
    public static final int SELECTIVE_MINIMUM = 30;

    /**
     * Fewest out-of-fold predictions on which one-vs-rest Platt scaling (two parameters per label) is
     * tried: below it, only none and one temperature are compared, since eight parameters fitted on a
     * dozen records memorise them (on the seed corpus Platt won the cross-fitted comparison and then
     * halved macro-F1 on new literature).
     */
    public static final int PLATT_MINIMUM = 50;

    /**
     * Fewest out-of-fold predictions on which a temperature is tried: below it the model stays as
     * trained (a prior head keeps the scale measured on held-out literature).
     */
    public static final int TEMPERATURE_MINIMUM = 30;

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
        List<String> kinds = n >= PLATT_MINIMUM
                ? List.of(CalibrationState.NONE, CalibrationState.TEMPERATURE, CalibrationState.PLATT)
                : n >= TEMPERATURE_MINIMUM ? List.of(CalibrationState.NONE, CalibrationState.TEMPERATURE)
                : List.of(CalibrationState.NONE);
        for (String kind : kinds) {
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
        CalibrationState fitted = fitKind(best, cv.logits(), gold, conformal);
        Selective selective = selectiveThreshold(crossFitted.get(best), gold);
        CalibrationState state = new CalibrationState(fitted.formatVersion(), fitted.kind(), fitted.temperature(),
                fitted.platt(), fitted.conformal(), selective.threshold(), fitted.method() + "; " + selective.reason());
        List<int[]> sets = crossFittedSets(cv, crossFitted.get(best), coverage);
        double[][] before = crossFitted.get(CalibrationState.NONE);
        return new Result(state, ClassificationMetrics.of(labels, gold, before),
                ClassificationMetrics.of(labels, gold, crossFitted.get(best)), logLoss, coverage,
                SplitConformal.empiricalCoverage(sets, gold), SplitConformal.meanSetSize(sets));
    }

    /** A selective-prediction threshold and why it was chosen. */
    record Selective(double threshold, String reason) {}

    /**
     * The lowest confidence threshold at which the cross-fitted answers above it are right at least
     * {@link #SELECTIVE_PRECISION} of the time (and at least 10 are answered); with fewer than
     * {@link #SELECTIVE_MINIMUM} records, {@link #DEFAULT_SELECTIVE_THRESHOLD}.
     */
    static Selective selectiveThreshold(double[][] calibrated, int[] gold) {
        if (gold.length < SELECTIVE_MINIMUM) {
            return new Selective(DEFAULT_SELECTIVE_THRESHOLD, "uncertain below confidence " + DEFAULT_SELECTIVE_THRESHOLD
                    + ": the default, since " + gold.length + " out-of-fold predictions are fewer than the "
                    + SELECTIVE_MINIMUM + " needed to choose one");
        }
        for (int step = 10; step <= 19; step++) {
            double t = step / 20.0;
            int answered = 0;
            int right = 0;
            for (int i = 0; i < gold.length; i++) {
                if (RiskCoverage.max(calibrated[i]) >= t) {
                    answered++;
                    right += Softmax.argmax(calibrated[i]) == gold[i] ? 1 : 0;
                }
            }
            if (answered >= 10 && right >= SELECTIVE_PRECISION * answered) {
                return new Selective(t, "uncertain below confidence " + t + ": the lowest threshold at which "
                        + right + " of " + answered + " cross-fitted answers were right (target " + SELECTIVE_PRECISION + ")");
            }
        }
        return new Selective(0.95, "uncertain below confidence 0.95: no lower threshold reached " + SELECTIVE_PRECISION
                + " precision on the cross-fitted answers");
    }

    /** Calibration for a model with no labelled data: none, and prediction sets that hold every label. */
    public static CalibrationState uncalibrated(double coverage) {
        return new CalibrationState(CalibrationState.VERSION, CalibrationState.NONE, 1.0, null,
                new ConformalCalibration(coverage, 1, 0, false, SplitConformal.minimumCalibrationSize(coverage), 0),
                1.0, "no labelled data: no calibration, prediction sets hold every label, every record is uncertain");
    }

    private static CalibrationState fitKind(String kind, double[][] logits, int[] gold, ConformalCalibration conformal) {
        ConformalCalibration c = conformal != null ? conformal
                : new ConformalCalibration(0.9, 1, 0, false, SplitConformal.minimumCalibrationSize(0.9), 0);
        String method = (gold.length < TEMPERATURE_MINIMUM ? "none: " + gold.length + " out-of-fold predictions are fewer"
                + " than the " + TEMPERATURE_MINIMUM + " a temperature needs"
                : "chosen by the lowest cross-fitted log loss among none, temperature"
                + (gold.length >= PLATT_MINIMUM ? " and one-vs-rest Platt scaling" : " (Platt scaling needs "
                + PLATT_MINIMUM + " records)") + " on " + gold.length + " out-of-fold predictions")
                + "; split-conformal (LAC) sets on the same";
        return switch (kind) {
            case CalibrationState.TEMPERATURE -> new CalibrationState(CalibrationState.VERSION, kind,
                    TemperatureScaling.fit(logits, gold).temperature(), null, c, UNCERTAIN_THRESHOLD, method);
            case CalibrationState.PLATT -> new CalibrationState(CalibrationState.VERSION, kind, 1.0,
                    OneVsRestPlatt.fit(softmax(logits), gold), c, UNCERTAIN_THRESHOLD, method);
            default -> new CalibrationState(CalibrationState.VERSION, CalibrationState.NONE, 1.0, null, c,
                    UNCERTAIN_THRESHOLD, method);
        };
    }

    /**
     * The out-of-fold probabilities of {@code cv} calibrated as {@code result} chose, each fold by
     * parameters fitted on the other folds only (what {@link Result#after()} measures).
     */
    public static double[][] crossFitted(CrossValidation.Result cv, Result result) {
        return crossFit(cv, result.state().kind());
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

    static double[][] rows(double[][] m, int[] idx) {
        double[][] out = new double[idx.length][];
        for (int j = 0; j < idx.length; j++) {
            out[j] = m[idx[j]];
        }
        return out;
    }

    static int[] values(int[] v, int[] idx) {
        int[] out = new int[idx.length];
        for (int j = 0; j < idx.length; j++) {
            out[j] = v[idx[j]];
        }
        return out;
    }
}
