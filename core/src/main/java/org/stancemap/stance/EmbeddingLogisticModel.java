package org.stancemap.stance;

/**
 * The {@code embed-lr} head: a multinomial logistic regression on the text's sentence embedding;
 * {@code embed-lr-topics} appends the text's topic mixture to the embedding. Immutable and
 * thread-safe.
 */
public final class EmbeddingLogisticModel implements StanceModel {
    public static final String HEAD = "embed-lr";
    public static final String HEAD_WITH_TOPICS = "embed-lr-topics";

    private final LabelSet labels;
    private final LinearWeights weights;
    private final boolean topics;

    public EmbeddingLogisticModel(LabelSet labels, LinearWeights weights) {
        this(labels, weights, false);
    }

    /** @param topics the weights also cover the topic mixture, appended to the embedding */
    public EmbeddingLogisticModel(LabelSet labels, LinearWeights weights, boolean topics) {
        if (!weights.labels().equals(labels.names())) {
            throw new IllegalArgumentException("weights are for labels " + weights.labels() + ", label set has " + labels.names());
        }
        this.labels = labels;
        this.weights = weights;
        this.topics = topics;
    }

    @Override
    public LabelSet labels() {
        return labels;
    }

    @Override
    public String head() {
        return topics ? HEAD_WITH_TOPICS : HEAD;
    }

    @Override
    public double[] logits(Document doc) {
        return weights.logits(topics ? doc.embeddingAndTopics() : doc.embeddingVector());
    }

    public LinearWeights weights() {
        return weights;
    }
}
