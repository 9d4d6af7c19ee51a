package org.stancemap.stance;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.function.Function;
import org.stancemap.stance.mlp.MlpOptions;
import org.stancemap.stance.mlp.MlpTrainer;

/**
 * Trains the {@code embed-mlp} head: Deeplearning4j MLP on sentence embeddings with label
 * prototypes as weighted extra examples. Deterministic for a seed on one OpenMP thread.
 */
public final class EmbeddingMlpTrainer implements StanceTrainer {

    /**
     * @param mlp             network and optimiser settings (the seed is taken from here)
     * @param prototypes      add label descriptions and prototypes as examples
     * @param prototypeWeight sample weight of each prototype example
     * @param scale           embeddings are multiplied by this (unit vectors have tiny entries)
     */
    @JsonPropertyOrder({"mlp", "prototypes", "prototype_weight", "scale"})
    public record Options(MlpOptions mlp, boolean prototypes, @JsonProperty("prototype_weight") double prototypeWeight,
                          double scale) {
        public Options {
            if (!(prototypeWeight > 0)) {
                throw new IllegalArgumentException("Invalid prototype_weight: " + prototypeWeight + " (expected > 0)");
            }
            if (!(scale > 0)) {
                throw new IllegalArgumentException("Invalid scale: " + scale + " (expected > 0)");
            }
        }

        public static Options defaults(long seed) {
            return new Options(MlpOptions.defaults().withSeed(seed), true, 1.0, 20.0);
        }
    }

    private final Options options;
    private final Function<String, Document> embed;

    public EmbeddingMlpTrainer(Options options, Function<String, Document> embed) {
        this.options = options;
        this.embed = embed;
    }

    @Override
    public String head() {
        return EmbeddingMlpModel.HEAD;
    }

    @Override
    public Options options() {
        return options;
    }

    @Override
    public EmbeddingMlpModel fit(List<Document> docs, int[] y, LabelSet labels) {
        EmbeddingTrainingSet set = EmbeddingTrainingSet.of(docs, y, labels, options.prototypes(),
                options.prototypeWeight(), embed);
        double[][] x = new double[set.x().length][];
        for (int i = 0; i < x.length; i++) {
            x[i] = EmbeddingLogisticTrainer.scaled(set.x()[i], options.scale());
        }
        return new EmbeddingMlpModel(labels, new ScaledMlp(
                MlpTrainer.fit(x, set.y(), set.weights(), labels.size(), options.mlp()), options.scale()).head());
    }

    /** Folds the input scale into the first layer, so the stored head reads raw unit embeddings. */
    private record ScaledMlp(org.stancemap.stance.mlp.MlpHead raw, double scale) {
        org.stancemap.stance.mlp.MlpHead head() {
            var s = raw.state();
            double[][] w1 = new double[s.w1().length][];
            for (int i = 0; i < w1.length; i++) {
                w1[i] = EmbeddingLogisticTrainer.scaled(s.w1()[i], scale);
            }
            return org.stancemap.stance.mlp.MlpHead.fromState(new org.stancemap.stance.mlp.MlpHead.State(
                    s.formatVersion(), s.layerSizes(), s.activations(), w1, s.b1(), s.w2(), s.b2(), s.options()));
        }
    }
}
