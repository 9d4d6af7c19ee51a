package org.stancemap.stance;

import java.util.List;

/**
 * A head whose logits are divided by a temperature fitted on out-of-fold predictions, so that its
 * confidence matches its accuracy. The label (argmax) is unchanged. Immutable and thread-safe.
 */
public final class CalibratedModel implements StanceModel {
    private final StanceModel base;
    private final double temperature;

    public CalibratedModel(StanceModel base, double temperature) {
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("Invalid temperature: " + temperature + " (expected > 0)");
        }
        this.base = base;
        this.temperature = temperature;
    }

    @Override
    public LabelSet labels() {
        return base.labels();
    }

    @Override
    public String head() {
        return base.head();
    }

    @Override
    public double[] logits(Document doc) {
        double[] z = base.logits(doc);
        for (int k = 0; k < z.length; k++) {
            z[k] /= temperature;
        }
        return z;
    }

    @Override
    public List<TermWeight> explain(Document doc, int label, int k) {
        return base.explain(doc, label, k);
    }

    public StanceModel base() {
        return base;
    }

    public double temperature() {
        return temperature;
    }
}
