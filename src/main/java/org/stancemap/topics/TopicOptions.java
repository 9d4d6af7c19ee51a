package org.stancemap.topics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * Hyperparameters of a topic model (LDA trained by MALLET's {@code ParallelTopicModel}); recorded
 * in every topic model.
 *
 * <p>Reproducibility: one thread with a fixed seed gives bit-identical topics on every run and
 * JVM. More than one thread is faster but not reproducible even with a fixed seed (MALLET issue
 * #178: the threads' count updates interleave differently from run to run); {@link
 * #defaultThreads(boolean)} states the rule the command line follows.
 *
 * @param k                number of topics, 2..1000
 * @param iterations       Gibbs sampling sweeps over the corpus (default 1000)
 * @param alphaSum         initial sum of the document-topic Dirichlet parameters (default 5.0,
 *                         MALLET's {@code train-topics} default, that is alpha_k = 5/K; the 50/K
 *                         per-topic convention of Griffiths and Steyvers over-smooths abstracts of
 *                         ~100 tokens). Optimised (asymmetric) when {@code optimizeInterval > 0}
 * @param beta             initial topic-word Dirichlet parameter (default 0.01); optimised too
 * @param optimizeInterval sweeps between hyperparameter optimisations, 0 for none (default 10)
 * @param burnIn           sweeps before the first optimisation (default 200)
 * @param seed             seed of the sampler, 0..2^31-1 (MALLET takes an int and reads -1 as
 *                         "seed from the clock")
 * @param threads          sampler threads, >= 1; 1 for reproducible results
 * @param dfFilter         the vocabulary filter
 */
@JsonPropertyOrder({"k", "iterations", "alpha_sum", "beta", "optimize_interval", "burn_in", "seed", "threads", "df_filter"})
public record TopicOptions(
        int k,
        int iterations,
        @JsonProperty("alpha_sum") double alphaSum,
        double beta,
        @JsonProperty("optimize_interval") int optimizeInterval,
        @JsonProperty("burn_in") int burnIn,
        long seed,
        int threads,
        @JsonProperty("df_filter") DfFilter dfFilter) {

    public static final int DEFAULT_ITERATIONS = 1000;
    public static final double DEFAULT_ALPHA_SUM = 5.0;
    public static final double DEFAULT_BETA = 0.01;
    public static final int DEFAULT_OPTIMIZE_INTERVAL = 10;
    public static final int DEFAULT_BURN_IN = 200;

    public TopicOptions {
        if (k < 2 || k > 1000) {
            throw new IllegalArgumentException("Invalid k: " + k + " (expected 2..1000 topics)");
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("Invalid iterations: " + iterations + " (expected >= 1)");
        }
        if (!(alphaSum > 0) || Double.isInfinite(alphaSum)) {
            throw new IllegalArgumentException("Invalid alpha_sum: " + alphaSum + " (expected a finite number > 0)");
        }
        if (!(beta > 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("Invalid beta: " + beta + " (expected a finite number > 0)");
        }
        if (optimizeInterval < 0) {
            throw new IllegalArgumentException("Invalid optimize_interval: " + optimizeInterval + " (expected >= 0; 0 = no optimisation)");
        }
        if (burnIn < 0) {
            throw new IllegalArgumentException("Invalid burn_in: " + burnIn + " (expected >= 0)");
        }
        if (seed < 0 || seed > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Invalid seed: " + seed + " (expected 0.." + Integer.MAX_VALUE + ")");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("Invalid threads: " + threads + " (expected >= 1)");
        }
        Objects.requireNonNull(dfFilter, "df_filter");
    }

    /** {@code k} topics with every default: 1000 iterations, alpha_sum 5, beta 0.01, optimise every 10 after 200, one thread. */
    public static TopicOptions defaults(int k, long seed) {
        return new TopicOptions(k, DEFAULT_ITERATIONS, DEFAULT_ALPHA_SUM, DEFAULT_BETA, DEFAULT_OPTIMIZE_INTERVAL,
                DEFAULT_BURN_IN, seed, 1, DfFilter.defaults());
    }

    /**
     * The thread count when the user gave none: 1 when a seed was given (the user asked for
     * reproducible topics), else every available processor.
     */
    public static int defaultThreads(boolean seedGiven) {
        return seedGiven ? 1 : Runtime.getRuntime().availableProcessors();
    }

    /** True when training with these options gives the same topics on every run (one thread). */
    public boolean reproducible() {
        return threads == 1;
    }

    /** A copy with another number of topics. */
    public TopicOptions withK(int newK) {
        return new TopicOptions(newK, iterations, alphaSum, beta, optimizeInterval, burnIn, seed, threads, dfFilter);
    }

    /** A copy with another sweep count. */
    public TopicOptions withIterations(int newIterations) {
        return new TopicOptions(k, newIterations, alphaSum, beta, optimizeInterval, burnIn, seed, threads, dfFilter);
    }

    /** A copy with another thread count. */
    public TopicOptions withThreads(int newThreads) {
        return new TopicOptions(k, iterations, alphaSum, beta, optimizeInterval, burnIn, seed, newThreads, dfFilter);
    }

    /** A copy with another vocabulary filter. */
    public TopicOptions withDfFilter(DfFilter newFilter) {
        return new TopicOptions(k, iterations, alphaSum, beta, optimizeInterval, burnIn, seed, threads, newFilter);
    }
}
