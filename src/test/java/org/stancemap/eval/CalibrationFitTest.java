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
        Random rnd = new Random(seed);
        int[] gold = new int[n];
        double[][] logits = new double[n][4];
        double[][] probs = new double[n][];
        String[] groups = new String[n];
        for (int i = 0; i < n; i++) {
            double[] z = new double[4];
            for (int k = 0; k < 4; k++) {
                z[k] = rnd.nextGaussian();
            }
            double[] p = Softmax.of(z, 1.0);
            double u = rnd.nextDouble();
            int g = 0;
            for (double c = p[0]; c < u && g < 3; c += p[++g]) {
                // draw the gold label from the true probabilities
            }
            gold[i] = g;
            for (int k = 0; k < 4; k++) {
                logits[i][k] = z[k] * overconfidence;
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
}
