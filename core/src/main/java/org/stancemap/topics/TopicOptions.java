package org.stancemap.topics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * Hyperparameters of a topic model (LDA trained by MALLET's {@code ParallelTopicModel}); recorded
 * in every topic model.
 *
 * <p>Reproducibility: a fixed seed gives bit-identical topics on every run and JVM for the same
 * thread count ({@link MalletSweeps}: each thread samples its own documents with its own seeded
 * stream, and counts are merged in a fixed order). Another thread count gives other topics.
 * {@link #defaultThreads(boolean)} states the rule the command line follows.
 *
 * @param k                number of topics, 2..1000
 * @param iterations       Gibbs sampling sweeps over the corpus (default 1000), the most sweeps
 *                         when {@code earlyStop} is on
 * @param alphaSum         initial sum of the document-topic Dirichlet parameters (default 5.0,
 *                         MALLET's {@code train-topics} default, that is alpha_k = 5/K; the 50/K
 *                         per-topic convention of Griffiths and Steyvers over-smooths abstracts of
 *                         ~100 tokens). Optimised (asymmetric) when {@code optimizeInterval > 0}
 * @param beta             initial topic-word Dirichlet parameter (default 0.01); optimised too
 * @param optimizeInterval sweeps between hyperparameter optimisations, 0 for none (default 10)
 * @param burnIn           sweeps before the first optimisation (default 50; MALLET's is 200, which
 *                         measured no better on 20,000 abstracts, see bench/README.md)
 * @param seed             seed of the sampler, 0..2^31-1 (MALLET takes an int and reads -1 as
 *                         "seed from the clock")
 * @param threads          sampler threads, >= 1
 * @param dfFilter         the vocabulary filter
 * @param earlyStop        when to stop before {@code iterations} sweeps (default: a rise of the
 *                         log-likelihood per token under 0.1% over 50 sweeps; {@link EarlyStop#OFF}: never)
 */
@JsonPropertyOrder({"k", "iterations", "alpha_sum", "beta", "optimize_interval", "burn_in", "seed", "threads", "df_filter",
    "early_stop"})
public record TopicOptions(
        int k,
        int iterations,
        @JsonProperty("alpha_sum") double alphaSum,
        double beta,
        @JsonProperty("optimize_interval") int optimizeInterval,
        @JsonProperty("burn_in") int burnIn,
        long seed,
        int threads,
        @JsonProperty("df_filter") DfFilter dfFilter,
        @JsonProperty("early_stop") EarlyStop earlyStop) {

    public static final int DEFAULT_ITERATIONS = 1000;
    public static final double DEFAULT_ALPHA_SUM = 5.0;
    public static final double DEFAULT_BETA = 0.01;
    public static final int DEFAULT_OPTIMIZE_INTERVAL = 10;
    public static final int DEFAULT_BURN_IN = 50;
    /** Stop when the log-likelihood per token rose by less than 0.1% over the last 50 sweeps. */
    public static final EarlyStop DEFAULT_EARLY_STOP = new EarlyStop(50, 0.001);

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
        Objects.requireNonNull(earlyStop, "early_stop");
    }

    /** Options that run every one of {@code iterations} sweeps (no early stop). */
    public TopicOptions(int k, int iterations, double alphaSum, double beta, int optimizeInterval, int burnIn, long seed,
                        int threads, DfFilter dfFilter) {
        this(k, iterations, alphaSum, beta, optimizeInterval, burnIn, seed, threads, dfFilter, EarlyStop.OFF);
    }

    /**
     * Stops training when the model log-likelihood per token (MALLET's {@code modelLogLikelihood()}
     * over the training tokens) has stopped improving: it is computed every {@value #CHECK_INTERVAL}
     * sweeps, and training stops at the first check where it rose by less than {@code tolerance},
     * relative, over the last {@code window} sweeps. With hyperparameter optimisation the window
     * must lie after the first optimisation (which moves the likelihood by itself), so the earliest
     * stop is at the first optimisation after burn-in plus {@code window}. Deterministic: the
     * likelihood is computed from the counts, without drawing random numbers, so one thread and a
     * seed still give the same topics, and the same sweeps, on every run.
     *
     * @param window    sweeps compared, a positive multiple of {@value #CHECK_INTERVAL}; 0 with
     *                  tolerance 0 for {@link #OFF}
     * @param tolerance relative rise of the log-likelihood under which training stops, in (0, 0.1]
     */
    @JsonPropertyOrder({"window", "tolerance"})
    public record EarlyStop(int window, double tolerance) {
        /** Sweeps between two computations of the log-likelihood. */
        public static final int CHECK_INTERVAL = 10;
        /** Never stop early: run every sweep. */
        public static final EarlyStop OFF = new EarlyStop(0, 0.0);

        public EarlyStop {
            boolean off = window == 0 && tolerance == 0.0;
            if (!off) {
                if (window < CHECK_INTERVAL || window % CHECK_INTERVAL != 0) {
                    throw new IllegalArgumentException("Invalid early_stop window: " + window + " (expected a positive"
                            + " multiple of " + CHECK_INTERVAL + " sweeps, or 0 with tolerance 0 for no early stop)");
                }
                if (!(tolerance > 0 && tolerance <= 0.1)) {
                    throw new IllegalArgumentException("Invalid early_stop tolerance: " + tolerance
                            + " (expected a relative change in (0, 0.1])");
                }
            }
        }

        /** True unless this is {@link #OFF}. */
        public boolean enabled() {
            return window > 0;
        }

        /**
         * True when training may stop: the last entry of {@code trace} (pairs of sweep and
         * log-likelihood per token, one every {@value #CHECK_INTERVAL} sweeps, in order) rose by
         * less than the tolerance over the window, which starts no earlier than the first
         * optimisation after {@code burnIn} (when {@code optimizeInterval > 0}).
         */
        boolean reached(List<double[]> trace, int burnIn, int optimizeInterval) {
            if (!enabled() || trace.isEmpty()) {
                return false;
            }
            double[] last = trace.get(trace.size() - 1);
            int from = (int) last[0] - window;
            int earliest = optimizeInterval > 0 ? (burnIn / optimizeInterval + 1) * optimizeInterval : CHECK_INTERVAL;
            if (from < earliest) {
                return false;
            }
            for (double[] point : trace) {
                if ((int) point[0] == from) {
                    return last[1] - point[1] < tolerance * Math.abs(point[1]);
                }
            }
            return false;
        }
    }

    /**
     * {@code k} topics with every default: at most 1000 sweeps with the default early stop, alpha_sum
     * 5, beta 0.01, optimise every 10 after 50, one thread.
     */
    public static TopicOptions defaults(int k, long seed) {
        return new TopicOptions(k, DEFAULT_ITERATIONS, DEFAULT_ALPHA_SUM, DEFAULT_BETA, DEFAULT_OPTIMIZE_INTERVAL,
                DEFAULT_BURN_IN, seed, 1, DfFilter.defaults(), DEFAULT_EARLY_STOP);
    }

    /**
     * The thread count when the user gave none: 1 when a seed was given (the same topics on any
     * machine, whatever its processors), else every available processor.
     */
    public static int defaultThreads(boolean seedGiven) {
        return seedGiven ? 1 : Runtime.getRuntime().availableProcessors();
    }

    /**
     * True when training with these options gives the same topics on every run: always, since
     * MALLET 2.1.0 driven by {@link MalletSweeps} (MALLET 2.0.8 was reproducible with one thread only).
     */
    public boolean reproducible() {
        return true;
    }

    /** A copy with another number of topics. */
    public TopicOptions withK(int newK) {
        return new TopicOptions(newK, iterations, alphaSum, beta, optimizeInterval, burnIn, seed, threads, dfFilter, earlyStop);
    }

    /** A copy with another sweep count. */
    public TopicOptions withIterations(int newIterations) {
        return new TopicOptions(k, newIterations, alphaSum, beta, optimizeInterval, burnIn, seed, threads, dfFilter, earlyStop);
    }

    /** A copy with another thread count. */
    public TopicOptions withThreads(int newThreads) {
        return new TopicOptions(k, iterations, alphaSum, beta, optimizeInterval, burnIn, seed, newThreads, dfFilter, earlyStop);
    }

    /** A copy with another early stop. */
    public TopicOptions withEarlyStop(EarlyStop newStop) {
        return new TopicOptions(k, iterations, alphaSum, beta, optimizeInterval, burnIn, seed, threads, dfFilter, newStop);
    }

    /** A copy with another burn-in. */
    public TopicOptions withBurnIn(int newBurnIn) {
        return new TopicOptions(k, iterations, alphaSum, beta, optimizeInterval, newBurnIn, seed, threads, dfFilter, earlyStop);
    }

    /** A copy with another vocabulary filter. */
    public TopicOptions withDfFilter(DfFilter newFilter) {
        return new TopicOptions(k, iterations, alphaSum, beta, optimizeInterval, burnIn, seed, threads, newFilter, earlyStop);
    }
}
