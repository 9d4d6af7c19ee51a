package org.stancemap.stance;

/**
 * The {@code embed-lr} head: a multinomial logistic regression on the text's sentence embedding.
 * Immutable and thread-safe.
 */
public final class EmbeddingLogisticModel implements StanceModel {
    public static final String HEAD = "embed-lr";

    private final LabelSet labels;
    private final LinearWeights weights;

    public EmbeddingLogisticModel(LabelSet labels, LinearWeights weights) {
        if (!weights.labels().equals(labels.names())) {
            throw new IllegalArgumentException("weights are for labels " + weights.labels() + ", label set has " + labels.names());
        }
        this.labels = labels;
        this.weights = weights;
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
        return weights.logits(doc.embeddingVector());
    }

    public LinearWeights weights() {
        return weights;
    }
}
