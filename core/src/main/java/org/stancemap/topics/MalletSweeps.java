package org.stancemap.topics;

import cc.mallet.topics.CopyCallable;
import cc.mallet.topics.MergeCallable;
import cc.mallet.topics.ParallelTopicModel;
import cc.mallet.topics.WorkerCallable;
import cc.mallet.util.Randoms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the Gibbs sweeps of a MALLET {@code ParallelTopicModel} one at a time, as its {@code
 * estimate()} does, with three differences:
 *
 * <ul>
 *   <li>training can stop early, when the model log-likelihood per token has stopped improving
 *       ({@link TopicOptions.EarlyStop});</li>
 *   <li>the alpha statistics are gathered on every {@value #SAMPLE_INTERVAL}th sweep after burn-in
 *       only, as in MALLET 2.0.8: MALLET 2.1.0's {@code WorkerCallable} never clears its "collect"
 *       flag once set, so its own {@code estimate()} gathers them on every later sweep. A pair of
 *       workers over the same arrays and random stream, one that collects and one that does not,
 *       restores the 2.0.8 schedule (with it, one thread gives 2.0.8's exact topics on the seed
 *       corpus and on 6,000 bench documents; on 20,000 they differ after a few sweeps, as MALLET
 *       2.1.0's sampler also differs from 2.0.8's without optimisation);</li>
 *   <li>with more than one thread, thread {@code t} samples with seed {@code seed + t} (MALLET
 *       seeds every thread alike), and a failure of a worker is raised, never printed and
 *       swallowed.</li>
 * </ul>
 *
 * <p>Reproducible for a given seed and thread count: each thread samples its own block of
 * documents against a private copy of the counts, and the copies are merged in a fixed order
 * after every sweep. One thread and {@code n} threads give different (equally valid) results.
 * Not thread-safe; one instance per training.
 */
final class MalletSweeps {
    /** Sweeps between alpha statistics samples (MALLET's {@code saveSampleInterval}). */
    static final int SAMPLE_INTERVAL = 10;

    /** What the sweeps did: how many ran, and the log-likelihood per token at each check. */
    record Trace(int sweeps, boolean stoppedEarly, List<double[]> logLikelihoods) {
        /** The last log-likelihood per token computed, or NaN when none was. */
        double lastLogLikelihood() {
            return logLikelihoods.isEmpty() ? Double.NaN : logLikelihoods.get(logLikelihoods.size() - 1)[1];
        }
    }

    private final ParallelTopicModel lda;
    private final TopicOptions options;
    private final int threads;
    /** Per thread: the worker that gathers alpha statistics and the one that does not, sharing their arrays. */
    private final WorkerCallable[] collecting;
    private final WorkerCallable[] plain;

    /** {@code lda} must hold its instances (after {@code addInstances}) and the options' hyperparameters. */
    MalletSweeps(ParallelTopicModel lda, TopicOptions options) {
        this.lda = lda;
        this.options = options;
        this.threads = options.threads();
        this.collecting = new WorkerCallable[threads];
        this.plain = new WorkerCallable[threads];
        int docs = lda.getData().size();
        int perThread = docs / threads;
        int offset = 0;
        for (int t = 0; t < threads; t++) {
            int n = t == threads - 1 ? docs - offset : perThread;
            int[] totals = threads == 1 ? lda.tokensPerTopic : lda.tokensPerTopic.clone();
            int[][] counts = threads == 1 ? lda.typeTopicCounts : deepCopy(lda.typeTopicCounts);
            // one stream per thread, shared by its two workers, so the pair samples as one worker would
            Randoms random = new Randoms((int) ((options.seed() + t) % ((long) Integer.MAX_VALUE + 1)));
            collecting[t] = worker(totals, counts, random, offset, n);
            collecting[t].collectAlphaStatistics();
            plain[t] = worker(totals, counts, random, offset, n);
            offset += n;
        }
    }

    private WorkerCallable worker(int[] totals, int[][] counts, Randoms random, int offset, int n) {
        WorkerCallable w = new WorkerCallable(lda.numTopics, lda.alpha, lda.alphaSum, lda.beta, random, lda.data,
                counts, totals, offset, n);
        w.initializeAlphaStatistics(lda.docLengthCounts.length);
        if (threads == 1) {
            w.makeOnlyThread();
        }
        return w;
    }

    /**
     * Runs up to {@code options.iterations()} sweeps, stopping early when the options say so.
     *
     * @throws IllegalStateException when a worker thread fails
     */
    Trace run() {
        int burnIn = options.burnIn();
        int optimizeInterval = options.optimizeInterval();
        // MALLET's setOptimizeInterval: at least one sample before every optimisation
        int sampleInterval = Math.min(SAMPLE_INTERVAL, optimizeInterval);
        TopicOptions.EarlyStop stop = options.earlyStop();
        List<double[]> trace = new ArrayList<>();
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, MalletSweeps::daemon) : null;
        try {
            for (int sweep = 1; sweep <= options.iterations(); sweep++) {
                boolean collect = optimizeInterval != 0 && sweep > burnIn && sweep % sampleInterval == 0;
                WorkerCallable[] workers = collect ? collecting : plain;
                if (threads == 1) {
                    call(workers[0]);
                } else {
                    sampleInParallel(pool, workers);
                }
                if (optimizeInterval != 0 && sweep > burnIn && sweep % optimizeInterval == 0) {
                    lda.optimizeAlpha(collecting);
                    lda.optimizeBeta(collecting);
                    for (WorkerCallable w : plain) {
                        w.resetBeta(lda.beta, lda.betaSum);
                    }
                }
                if (stop.enabled() && sweep % TopicOptions.EarlyStop.CHECK_INTERVAL == 0) {
                    trace.add(new double[] {sweep, lda.modelLogLikelihood() / lda.totalTokens});
                    if (stop.reached(trace, burnIn, optimizeInterval)) {
                        return new Trace(sweep, sweep < options.iterations(), List.copyOf(trace));
                    }
                }
            }
            return new Trace(options.iterations(), false, List.copyOf(trace));
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** One sweep over every thread's block, then MALLET's merge of the counts and copy back. */
    private void sampleInParallel(ExecutorService pool, WorkerCallable[] workers) {
        invokeAll(pool, Arrays.asList(workers));
        Arrays.fill(lda.tokensPerTopic, 0);
        for (int[] counts : lda.typeTopicCounts) {
            Arrays.fill(counts, 0);
        }
        for (WorkerCallable w : workers) {
            int[] totals = w.getTokensPerTopic();
            for (int t = 0; t < lda.numTopics; t++) {
                lda.tokensPerTopic[t] += totals[t];
            }
        }
        List<Callable<String>> merges = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            merges.add(new MergeCallable(workers, lda.typeTopicCounts, lda.numTypes, lda.numTopics, t, lda.topicMask,
                    lda.topicBits));
        }
        invokeAll(pool, merges);
        List<Callable<String>> copies = new ArrayList<>();
        for (WorkerCallable w : workers) {
            copies.add(new CopyCallable(w, lda.typeTopicCounts, lda.tokensPerTopic));
        }
        invokeAll(pool, copies);
    }

    private static void call(WorkerCallable worker) {
        try {
            worker.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("MALLET's sampler failed: " + e, e);
        }
    }

    private static <T> void invokeAll(ExecutorService pool, List<? extends Callable<T>> tasks) {
        try {
            for (Future<T> f : pool.invokeAll(tasks)) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Topic training was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A MALLET sampler thread failed: " + e.getCause(), e.getCause());
        }
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "mallet-sweeps");
        t.setDaemon(true);
        return t;
    }

    private static int[][] deepCopy(int[][] a) {
        int[][] out = new int[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }
}
