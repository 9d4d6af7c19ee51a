package org.stancemap.topics;

import cc.mallet.topics.TopicInferencer;
import cc.mallet.types.Alphabet;
import java.util.List;

/**
 * Infers the topic mixture of new documents with MALLET's {@code TopicInferencer} (Gibbs sampling
 * with the topic-word counts held fixed), rebuilt from the model's stored arrays.
 *
 * <p>Thread-safe and deterministic: MALLET's inferencer keeps per-document scratch state and a
 * random stream, so each call builds its own (an O(K) step over shared read-only count arrays)
 * and seeds it with the configured seed. The same tokens therefore always get the same mixture,
 * whatever the order of calls or the number of threads.
 */
public final class TopicInference {

    /**
     * Sampling schedule of one inference, MALLET's {@code infer-topics} defaults.
     *
     * @param iterations sweeps over the document (default 100)
     * @param thinning   sweeps between saved samples (default 10)
     * @param burnIn     sweeps before the first saved sample (default 10)
     * @param seed       seed of every document's sampler, 0..2^31-1
     */
    public record Options(int iterations, int thinning, int burnIn, long seed) {
        public Options {
            if (iterations < 1) {
                throw new IllegalArgumentException("Invalid inference iterations: " + iterations + " (expected >= 1)");
            }
            if (thinning < 1) {
                throw new IllegalArgumentException("Invalid inference thinning: " + thinning + " (expected >= 1)");
            }
            if (burnIn < 0 || burnIn >= iterations) {
                throw new IllegalArgumentException("Invalid inference burn-in: " + burnIn + " (expected 0.." + (iterations - 1) + ")");
            }
            if (seed < 0 || seed > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("Invalid inference seed: " + seed + " (expected 0.." + Integer.MAX_VALUE + ")");
            }
        }

        /** 100 sweeps, a sample every 10 after 10. */
        public static Options defaults(long seed) {
            return new Options(100, 10, 10, seed);
        }
    }

    private final TopicModel model;
    private final Options options;
    private final int[][] typeTopicCounts;
    private final int[] tokensPerTopic;
    private final double[] alpha;
    private final Alphabet alphabet;

    TopicInference(TopicModel model) {
        this(model, Options.defaults(model.options().seed()));
    }

    /** An inference of {@code model} with the given schedule and seed. */
    public TopicInference(TopicModel model, Options options) {
        this.model = model;
        this.options = options;
        this.typeTopicCounts = MalletArrays.pack(model.topicWordCounts());
        this.tokensPerTopic = model.tokensPerTopic();
        this.alpha = model.alpha();
        this.alphabet = MalletArrays.alphabet(model.vocabulary());
    }

    /** The sampling schedule. */
    public Options options() {
        return options;
    }

    /**
     * The topic mixture of {@code tokens} ({@code K} weights summing to 1). Words outside the
     * vocabulary are ignored; with none left the result is {@code alpha / sum(alpha)}.
     */
    public double[] infer(List<String> tokens) {
        int[] indices = MalletArrays.indices(tokens, model.index());
        double beta = model.beta();
        TopicInferencer inferencer = new TopicInferencer(typeTopicCounts, tokensPerTopic, alphabet, alpha, beta,
                beta * typeTopicCounts.length);
        inferencer.setRandomSeed((int) options.seed());
        return inferencer.getSampledDistribution(MalletArrays.instance(alphabet, indices, null),
                options.iterations(), options.thinning(), options.burnIn());
    }
}
