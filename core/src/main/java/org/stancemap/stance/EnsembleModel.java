package org.stancemap.stance;

import java.util.List;

/**
 * The {@code ensemble} head: the normalised geometric mean of its members' probabilities (the mean
 * of their log-probabilities as logits). Members disagreeing lowers the confidence, which is the
 * point. Immutable and thread-safe.
 */
public final class EnsembleModel implements StanceModel {
    public static final String HEAD = "ensemble";

    private final LabelSet labels;
    private final List<StanceModel> members;

    public EnsembleModel(LabelSet labels, List<StanceModel> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one member");
        }
        for (StanceModel m : members) {
            if (!m.labels().names().equals(labels.names())) {
                throw new IllegalArgumentException("ensemble member " + m.head() + " has other labels");
            }
        }
        this.labels = labels;
        this.members = List.copyOf(members);
    }

    @Override
    public LabelSet labels() {
        return labels;
    }

    @Override
    public String head() {
        return HEAD;
    }

    @Override
    public double[] logits(Document doc) {
        double[] z = new double[labels.size()];
        for (StanceModel m : members) {
            double[] p = m.probabilities(doc);
            for (int k = 0; k < z.length; k++) {
                z[k] += Math.log(Math.max(p[k], 1e-300)) / members.size();
            }
        }
        return z;
    }

    @Override
    public List<TermWeight> explain(Document doc, int label, int k) {
        for (StanceModel m : members) {
            List<TermWeight> t = m.explain(doc, label, k);
            if (!t.isEmpty()) {
                return t;
            }
        }
        return List.of();
    }

    public List<StanceModel> members() {
        return members;
    }
}
