package org.stancemap.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stancemap.stance.Softmax;
import org.stancemap.stance.calibration.CalibrationState;

/** Calibration chosen by cross-fitted log loss, on synthetic out-of-fold predictions whose truth is known. */
class CalibrationFitTest {
    static final List<String> LABELS = List.of("a", "b", "c", "d");

    /** Out-of-fold logits: the true logits times {@code overconfidence}; gold drawn from the true probabilities. */
    static CrossValidation.Result synthetic(int n, double overconfidence, long seed) {
        return synthetic(n, overconfidence, seed, 1.0, 0.0);
    }

    /**
     * The same with true logits N(0, spread^2), and the model's logits blurred by independent noise
     * N(0, noise^2) before the over-confidence; the gold labels depend only on {@code n}, {@code seed}
     * and {@code spread}, so two models of one draw score the same records.
     */
    static CrossValidation.Result synthetic(int n, double overconfidence, long seed, double spread, double noise) {
        Random rnd = new Random(seed);
        Random blur = new Random(seed + 1000);
        int[] gold = new int[n];
        double[][] logits = new double[n][4];
        double[][] probs = new double[n][];
        String[] groups = new String[n];
        for (int i = 0; i < n; i++) {
            double[] z = new double[4];
            for (int k = 0; k < 4; k++) {
                z[k] = spread * rnd.nextGaussian();
            }
            double[] p = Softmax.of(z, 1.0);
            double u = rnd.nextDouble();
            int g = 0;
            for (double c = p[0]; c < u && g < 3; c += p[++g]) {
                // draw the gold label from the true probabilities
            }
            gold[i] = g;
            for (int k = 0; k < 4; k++) {
                logits[i][k] = (z[k] + noise * blur.nextGaussian()) * overconfidence;
            }
            probs[i] = Softmax.of(logits[i], 1.0);
            groups[i] = "g" + i;
        }
        String[] labelNames = java.util.Arrays.stream(gold).mapToObj(LABELS::get).toArray(String[]::new);
        FoldPlan plan = GroupedFolds.kFold(groups, labelNames, 10, seed);
        ClassificationMetrics m = ClassificationMetrics.of(LABELS, gold, probs);
        return new CrossValidation.Result("test", "10", 10, plan.stratified(), plan.method(), "one record per group", seed, m,
                null, null, m, gold, probs, logits, groups, plan);
    }

    @Test
    void overconfidentPredictionsAreCalibratedAndLogLossFalls() {
        CalibrationFit.Result r = CalibrationFit.fit(synthetic(600, 3.0, 1), 0.9);
        assertNotEquals(CalibrationState.NONE, r.state().kind());
        assertTrue(r.after().logLoss() < r.before().logLoss() - 0.1, r.logLossByKind().toString());
        assertTrue(r.after().ece() < r.before().ece(), r.before().ece() + " -> " + r.after().ece());
        if (r.state().kind().equals(CalibrationState.TEMPERATURE)) {
            assertEquals(3.0, r.state().temperature(), 0.5);
        }
    }

    @Test
    void calibratedPredictionsAreLeftAlone() {
        CalibrationFit.Result r = CalibrationFit.fit(synthetic(600, 1.0, 2), 0.9);
        if (r.state().kind().equals(CalibrationState.TEMPERATURE)) {
            assertEquals(1.0, r.state().temperature(), 0.2);
        }
        assertTrue(Math.abs(r.after().logLoss() - r.before().logLoss()) < 0.05, r.logLossByKind().toString());
    }

    @Test
    void crossFittedConformalSetsReachTheirCoverage() {
        CalibrationFit.Result r = CalibrationFit.fit(synthetic(1000, 1.0, 3), 0.9);
        // binomial sd of the coverage at n = 1000 is about 0.0095; allow three
        assertEquals(0.9, r.empiricalCoverage(), 0.03);
        assertTrue(r.meanSetSize() > 1 && r.meanSetSize() < 4, "sets are informative: " + r.meanSetSize());
        assertTrue(r.state().conformal().sufficient());
    }

    @Test
    void noDataMeansFullSetsAndNoCalibration() {
        CalibrationState s = CalibrationFit.uncalibrated(0.9);
        assertEquals(CalibrationState.NONE, s.kind());
        assertFalse(s.conformal().sufficient());
        assertEquals(4, s.conformal().predictSet(new double[] {0.97, 0.01, 0.01, 0.01}).length);
        assertTrue(s.uncertain(new int[] {0, 1, 2, 3}, 0.97));
    }

    @Test
    void plattScalingIsNotTriedOnFewRecords() {
        CalibrationFit.Result r = CalibrationFit.fit(synthetic(30, 3.0, 4), 0.9);
        assertFalse(r.logLossByKind().containsKey(CalibrationState.PLATT), r.logLossByKind().toString());
        assertTrue(CalibrationFit.fit(synthetic(200, 3.0, 4), 0.9).logLossByKind().containsKey(CalibrationState.PLATT));
    }

    @Test
    void fewRecordsGetTheDefaultSelectiveThresholdAndSetsThatDoNotFlag() {
        CalibrationFit.Result r = CalibrationFit.fit(synthetic(14, 1.0, 5), 0.9);
        assertEquals(CalibrationFit.DEFAULT_SELECTIVE_THRESHOLD, r.state().uncertainThreshold(), 0.0);
        assertTrue(r.state().method().contains("fewer than the 30 needed"), r.state().method());
        // a 90% set from 14 records covers the worst of them: every label, which alone does not flag
        assertFalse(r.state().uncertain(new int[] {0, 1, 2, 3}, 0.8));
        assertTrue(r.state().uncertain(new int[] {0}, 0.55));
    }

    @Test
    void theSelectiveThresholdReachesItsPrecisionOnFreshRecords() {
        // known truth: calibrated predictions; the threshold chosen on one draw must hold on another
        CalibrationFit.Result r = CalibrationFit.fit(synthetic(1000, 1.0, 6, 2.5, 0.0), 0.9);
        double t = r.state().uncertainThreshold();
        assertTrue(t < 0.95, "a threshold below the fallback was found: " + t);
        CrossValidation.Result fresh = synthetic(4000, 1.0, 7, 2.5, 0.0);
        int answered = 0;
        int right = 0;
        for (int i = 0; i < fresh.gold().length; i++) {
            double[] p = r.state().probabilities(fresh.logits()[i]);
            if (RiskCoverage.max(p) >= t) {
                answered++;
                right += org.stancemap.stance.Softmax.argmax(p) == fresh.gold()[i] ? 1 : 0;
            }
        }
        assertTrue(answered > 100, "answered " + answered);
        // binomial sd at n >= 100 is at most 0.03; the threshold was chosen on 1000 records
        assertTrue((double) right / answered >= CalibrationFit.SELECTIVE_PRECISION - 0.04, right + " of " + answered + " at " + t);
        assertTrue(r.state().method().contains("lowest threshold"), r.state().method());
    }
}
