package org.stancemap.stance;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.function.Function;
import smile.classification.LogisticRegression;

/**
 * Trains the {@code embed-lr} head with Smile's multinomial logistic regression (L-BFGS, L2) on
 * sentence embeddings, with the label prototypes as extra examples. Deterministic. Smile takes no
 * sample weights, so prototypes count as ordinary examples.
 */
public final class EmbeddingLogisticTrainer implements StanceTrainer {

    /**
     * Hyperparameters.
     *
     * @param lambda     L2 penalty (strong by default: the embeddings have 384 dimensions and the
     *                   corpus may have a dozen labels)
     * @param tolerance  L-BFGS convergence tolerance
     * @param maxIter    L-BFGS iteration limit
     * @param prototypes add label descriptions and prototypes as training examples
     * @param scale      embeddings are multiplied by this before fitting, so that the penalty acts
     *                   on weights of a sensible size (unit vectors have entries near 0.05)
     * @param topics     append the topic mixture to the embedding (head {@code embed-lr-topics})
     */
    @JsonPropertyOrder({"lambda", "tolerance", "max_iter", "prototypes", "scale", "topics"})
    public record Options(double lambda, double tolerance, @JsonProperty("max_iter") int maxIter, boolean prototypes,
                          double scale, boolean topics) {
        public Options {
            if (!(lambda > 0)) {
                throw new IllegalArgumentException("Invalid lambda: " + lambda + " (expected > 0)");
            }
            if (!(tolerance > 0)) {
                throw new IllegalArgumentException("Invalid tolerance: " + tolerance + " (expected > 0)");
            }
            if (maxIter < 1) {
                throw new IllegalArgumentException("Invalid max_iter: " + maxIter + " (expected >= 1)");
            }
            if (!(scale > 0)) {
                throw new IllegalArgumentException("Invalid scale: " + scale + " (expected > 0)");
            }
        }

        /** lambda 1, tolerance 1e-6, 1000 iterations, prototypes on, scale sqrt(384) ~ 20. */
        public static Options defaults() {
            return new Options(1.0, 1e-6, 1000, true, 20.0, false);
        }

        /** The defaults with topic features. */
        public static Options withTopics() {
            return new Options(1.0, 1e-6, 1000, true, 20.0, true);
        }
    }

    private final Options options;
    private final Function<String, Document> embed;

    public EmbeddingLogisticTrainer(Options options, Function<String, Document> embed) {
        this.options = options;
        this.embed = embed;
    }

    @Override
    public String head() {
        return options.topics() ? EmbeddingLogisticModel.HEAD_WITH_TOPICS : EmbeddingLogisticModel.HEAD;
    }

    @Override
    public Options options() {
        return options;
    }

    @Override
    public EmbeddingLogisticModel fit(List<Document> docs, int[] y, LabelSet labels) {
        EmbeddingTrainingSet set = EmbeddingTrainingSet.of(docs, y, labels, options.prototypes(), 1.0, embed,
                options.topics());
        double[][] x = new double[set.x().length][];
        for (int i = 0; i < x.length; i++) {
            x[i] = scaled(set.x()[i], options.scale());
        }
        int[] classes = LinearWeights.presentClasses(set.y());
        if (classes.length < 2) {
            throw new IllegalArgumentException("training needs at least two labels with examples, found " + classes.length);
        }
        LogisticRegression.Multinomial lr = LogisticRegression.multinomial(x, LinearWeights.remap(set.y(), classes),
                options.lambda(), options.tolerance(), options.maxIter());
        LinearWeights w = LinearWeights.fromSmile(lr.coefficients(), classes, labels.names(), x[0].length);
        // fold the input scale into the weights so the model reads raw unit embeddings
        double[][] ws = new double[w.weights().length][];
        for (int k = 0; k < ws.length; k++) {
            ws[k] = scaled(w.weights()[k], options.scale());
        }
        return new EmbeddingLogisticModel(labels, new LinearWeights(LinearWeights.VERSION, labels.names(), w.bias(), ws),
                options.topics());
    }

    static double[] scaled(double[] v, double s) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * s;
        }
        return out;
    }
}
