package org.stancemap.stance;

import java.util.List;
import org.stancemap.stance.calibration.CalibrationState;

/**
 * A head whose probabilities are calibrated on out-of-fold predictions (temperature or one-vs-rest
 * Platt scaling, whichever had the lower cross-fitted log loss, or none), so that its confidence
 * matches its accuracy. Immutable and thread-safe.
 */
public final class CalibratedModel implements StanceModel {
    private final StanceModel base;
    private final CalibrationState calibration;

    public CalibratedModel(StanceModel base, CalibrationState calibration) {
        this.base = base;
        this.calibration = calibration;
    }

    @Override
    public LabelSet labels() {
        return base.labels();
    }

    @Override
    public String head() {
        return base.head();
    }

    /** The logarithms of the calibrated probabilities. */
    @Override
    public double[] logits(Document doc) {
        double[] p = probabilities(doc);
        double[] z = new double[p.length];
        for (int k = 0; k < p.length; k++) {
            z[k] = Math.log(Math.max(p[k], 1e-300));
        }
        return z;
    }

    @Override
    public double[] probabilities(Document doc) {
        return calibration.probabilities(base.logits(doc));
    }

    @Override
    public List<TermWeight> explain(Document doc, int label, int k) {
        return base.explain(doc, label, k);
    }

    public StanceModel base() {
        return base;
    }
}
