package org.stancemap.eval;

import java.util.Locale;
import org.stancemap.stance.LabelledDocuments;
import org.stancemap.stance.StanceModel;
import org.stancemap.stance.calibration.CalibrationState;
import org.stancemap.stance.calibration.ConformalCalibration;
import org.stancemap.stance.calibration.SplitConformal;
import org.stancemap.stance.calibration.TemperatureScaling;

/**
 * Fits a bundle's calibration anew on a few labelled records of the user's own literature, without
 * retraining the head: one temperature (maximum likelihood), the conformal threshold on
 * leave-one-out scores (each record's score under the temperature fitted on the others, so the sets
 * are not fitted on the record they are tested on), and the selective threshold. Deterministic.
 */
public final class Recalibration {
    /** Fewest labelled records to recalibrate on. */
    public static final int MINIMUM = 10;

    private Recalibration() {}

    /**
     * @param head     the bundle's head (its logits are recalibrated)
     * @param gold     labelled records of the literature to calibrate for
     * @param coverage conformal coverage, e.g. 0.9
     * @throws IllegalArgumentException with fewer than {@link #MINIMUM} records, or a coverage the
     *                                  records cannot support
     */
    public static CalibrationState fit(StanceModel head, LabelledDocuments gold, double coverage) {
        int n = gold.size();
        if (n < MINIMUM) {
            throw new IllegalArgumentException("recalibration needs at least " + MINIMUM + " labelled records, got " + n);
        }
        if (n < SplitConformal.minimumCalibrationSize(coverage)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%d labelled records cannot support %.0f%% coverage"
                    + " (it needs %d); give more records or a lower --coverage", n, coverage * 100,
                    SplitConformal.minimumCalibrationSize(coverage)));
        }
        double[][] logits = new double[n][];
        for (int i = 0; i < n; i++) {
            logits[i] = head.logits(gold.documents().get(i));
        }
        double t = TemperatureScaling.fit(logits, gold.y()).temperature();
        double[] scores = new double[n];
        double[][] outOfSample = new double[n][];
        for (int i = 0; i < n; i++) {
            int skip = i;
            int[] others = java.util.stream.IntStream.range(0, n).filter(j -> j != skip).toArray();
            double ti = TemperatureScaling.fit(CalibrationFit.rows(logits, others), CalibrationFit.values(gold.y(), others))
                    .temperature();
            outOfSample[i] = org.stancemap.stance.Softmax.of(logits[i], ti);
            scores[i] = 1 - outOfSample[i][gold.y()[i]];
        }
        ConformalCalibration conformal = SplitConformal.calibrate(scores, coverage);
        CalibrationFit.Selective selective = CalibrationFit.selectiveThreshold(outOfSample, gold.y());
        String method = String.format(Locale.ROOT, "recalibrated on %d held-out labelled records: temperature %.3f by maximum"
                + " likelihood; conformal (LAC) sets and the selective threshold on leave-one-out scores", n, t);
        return new CalibrationState(CalibrationState.VERSION, CalibrationState.TEMPERATURE, t, null, conformal,
                selective.threshold(), method + "; " + selective.reason());
    }
}
