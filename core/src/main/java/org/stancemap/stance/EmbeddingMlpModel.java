package org.stancemap.stance;

import org.stancemap.stance.mlp.MlpHead;

/**
 * The {@code embed-mlp} head: a one-hidden-layer network (trained with Deeplearning4j) on the
 * sentence embedding. Immutable and thread-safe.
 */
public final class EmbeddingMlpModel implements StanceModel {
    public static final String HEAD = "embed-mlp";

    private final LabelSet labels;
    private final MlpHead mlp;

    public EmbeddingMlpModel(LabelSet labels, MlpHead mlp) {
        if (mlp.numClasses() != labels.size()) {
            throw new IllegalArgumentException("MLP has " + mlp.numClasses() + " outputs, label set " + labels.size() + " labels");
        }
        this.labels = labels;
        this.mlp = mlp;
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
        return mlp.logits(doc.embeddingVector());
    }

    public MlpHead mlp() {
        return mlp;
    }
}
