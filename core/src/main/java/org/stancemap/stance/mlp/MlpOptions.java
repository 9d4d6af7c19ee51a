package org.stancemap.stance.mlp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Hyperparameters of the MLP head (dense, ReLU, dropout, dense, softmax), trained by
 * {@link MlpTrainer} with Adam on a sample-weighted cross-entropy. Recorded in every saved head and
 * in the bundle manifest; every key is required when read back and unknown keys are an error.
 *
 * @param hidden       hidden ReLU units; {@code >= 1}. Default 64.
 * @param dropout      probability of <em>dropping</em> a hidden unit during training (inverted
 *                     dropout, so prediction needs no rescaling); in {@code [0, 1)}, 0 disables it.
 *                     Note that DL4J's own {@code dropOut(p)} takes the <em>retain</em> probability;
 *                     the trainer passes {@code 1 - dropout}. Default 0.2.
 * @param l2           L2 penalty coefficient on both weight matrices (not biases), DL4J convention
 *                     ({@code l2 * w} added to the gradient per step); {@code >= 0}. Default 1e-3.
 * @param learningRate Adam step size; {@code > 0}. Default 1e-3.
 * @param epochs       passes over the training rows; {@code >= 1}. Default 200.
 * @param batchSize    rows per update; when the training set has at most this many rows every
 *                     update is full-batch (no shuffling at all); {@code >= 1}. Default 64.
 * @param seed         seed for weight initialisation, dropout masks and minibatch order. Default 42.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
@JsonPropertyOrder({"hidden", "dropout", "l2", "learningRate", "epochs", "batchSize", "seed"})
public record MlpOptions(
        @JsonProperty(required = true) int hidden,
        @JsonProperty(required = true) double dropout,
        @JsonProperty(required = true) double l2,
        @JsonProperty(required = true) double learningRate,
        @JsonProperty(required = true) int epochs,
        @JsonProperty(required = true) int batchSize,
        @JsonProperty(required = true) long seed) {

    public MlpOptions {
        if (hidden < 1) {
            throw new IllegalArgumentException("Invalid hidden: " + hidden + " (expected >= 1)");
        }
        if (!(dropout >= 0.0 && dropout < 1.0)) {
            throw new IllegalArgumentException("Invalid dropout: " + dropout + " (expected a drop probability in [0, 1))");
        }
        if (!(l2 >= 0.0 && Double.isFinite(l2))) {
            throw new IllegalArgumentException("Invalid l2: " + l2 + " (expected finite and >= 0)");
        }
        if (!(learningRate > 0.0 && Double.isFinite(learningRate))) {
            throw new IllegalArgumentException("Invalid learningRate: " + learningRate + " (expected finite and > 0)");
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("Invalid epochs: " + epochs + " (expected >= 1)");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("Invalid batchSize: " + batchSize + " (expected >= 1)");
        }
    }

    /** The documented defaults: 64 hidden units, dropout 0.2, L2 1e-3, Adam 1e-3, 200 epochs, batch 64, seed 42. */
    public static MlpOptions defaults() {
        return new MlpOptions(64, 0.2, 1e-3, 1e-3, 200, 64, 42L);
    }

    /** A copy with another seed. */
    public MlpOptions withSeed(long newSeed) {
        return new MlpOptions(hidden, dropout, l2, learningRate, epochs, batchSize, newSeed);
    }
}
