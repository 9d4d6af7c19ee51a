package org.stancemap.topics;

import cc.mallet.topics.ParallelTopicModel;
import cc.mallet.topics.TopicAssignment;
import cc.mallet.types.Alphabet;
import cc.mallet.types.InstanceList;
import cc.mallet.types.LabelSequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Trains LDA topic models with MALLET's {@code ParallelTopicModel} (SparseLDA Gibbs sampling,
 * Yao, Mimno and McCallum 2009, with asymmetric-alpha and beta optimisation, Wallach 2008), its
 * sweeps driven by {@link MalletSweeps} (early stop, MALLET 2.0.8's alpha-statistics schedule).
 *
 * <p>The result is a pure function of the documents (in order), the vocabulary filter and the
 * options, thread count included: MALLET draws the initial assignments from one {@code
 * java.util.Random} seeded with {@link TopicOptions#seed()}, and each sampler thread {@code t}
 * from its own, seeded with {@code seed + t}. MALLET's progress logging is silenced (WARNING level).
 *
 * <p>Stateless and thread-safe; each call builds its own sampler.
 */
public final class MalletLdaTrainer {
    private MalletLdaTrainer() {}

    /**
     * Builds the vocabulary with the options' document-frequency filter and trains a model.
     *
     * @param docs    the training documents, ids unique; documents left empty by the filter are
     *                kept (they get the prior mixture)
     * @param options hyperparameters, seed, threads and early stop
     * @throws IllegalArgumentException when there are no documents, ids repeat, or fewer than 2
     *                                  words survive the filter
     * @throws IllegalStateException    when a sampler thread fails, or the counts MALLET returns do
     *                                  not match the assignments (as MALLET 2.0.8's multi-threaded
     *                                  sampler left them with hyperparameter optimisation); the
     *                                  message says to use 1 thread
     */
    public static TopicModel fit(List<TopicDocument> docs, TopicOptions options) {
        return fitTraced(docs, options).model();
    }

    /** A model with the log-likelihood trace of its training (for the benchmark). */
    record Traced(TopicModel model, MalletSweeps.Trace trace) {}

    /** {@link #fit}, with the trace of the sweeps. */
    static Traced fitTraced(List<TopicDocument> docs, TopicOptions options) {
        Objects.requireNonNull(options, "options");
        if (docs == null || docs.isEmpty()) {
            throw new IllegalArgumentException("Cannot train a topic model on no documents");
        }
        Set<String> ids = new HashSet<>();
        for (TopicDocument d : docs) {
            if (!ids.add(d.id())) {
                throw new IllegalArgumentException("Duplicate document id '" + d.id() + "' in the topic training corpus");
            }
        }
        List<String> vocabulary = options.dfFilter().vocabulary(docs);
        if (vocabulary.size() < 2) {
            throw new IllegalArgumentException(vocabulary.size() + " word(s) survive the document-frequency filter (min_df "
                    + options.dfFilter().minDf() + ", max_doc_share " + options.dfFilter().maxDocShare() + ") over "
                    + docs.size() + " documents; a topic model needs at least 2");
        }
        MalletQuiet.init();
        Sampled sampled = sample(docs, vocabulary, options);
        CoherenceIndex reference = CoherenceIndex.ofDocuments(docs);
        List<TopicCoherence> coherence = new ArrayList<>();
        for (int[] counts : sampled.topicWordCounts()) {
            List<String> top = new ArrayList<>();
            for (int w : TopicModel.topWordIndices(counts, TopicModel.COHERENCE_WORDS)) {
                top.add(vocabulary.get(w));
            }
            coherence.add(reference.score(top));
        }
        List<String> previews = new ArrayList<>(docs.size());
        for (TopicDocument doc : docs) {
            List<String> tokens = doc.tokens();
            previews.add(String.join(" ", tokens.subList(0, Math.min(TopicModel.PREVIEW_TOKENS, tokens.size()))));
        }
        return new Traced(new TopicModel(options, sampled.trace().sweeps(), vocabulary, sampled.topicWordCounts(),
                sampled.alpha(), sampled.beta(), docs.stream().map(TopicDocument::id).toList(), previews,
                sampled.docTopicCounts(), coherence), sampled.trace());
    }

    /** What the sampler leaves: counts and optimised hyperparameters. */
    private record Sampled(int[][] topicWordCounts, double[] alpha, double beta, int[][] docTopicCounts,
                           MalletSweeps.Trace trace) {}

    private static Sampled sample(List<TopicDocument> docs, List<String> vocabulary, TopicOptions options) {
        Alphabet alphabet = MalletArrays.alphabet(vocabulary);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            index.put(vocabulary.get(i), i);
        }
        InstanceList instances = MalletArrays.instances(alphabet, docs, index);

        ParallelTopicModel lda = new ParallelTopicModel(options.k(), options.alphaSum(), options.beta());
        lda.setNumThreads(options.threads());
        // before addInstances(), which draws the initial assignments from the seeded stream
        lda.setRandomSeed((int) options.seed());
        lda.setOptimizeInterval(options.optimizeInterval());
        lda.setBurninPeriod(options.burnIn());
        lda.setNumIterations(options.iterations());
        lda.setTopicDisplay(0, 0);
        lda.printLogLikelihood = false;
        lda.addInstances(instances);
        MalletSweeps.Trace trace = new MalletSweeps(lda, options).run();

        int k = options.k();
        List<TopicAssignment> data = lda.getData();
        int[][] docTopicCounts = new int[docs.size()][k];
        long[] assigned = new long[k];
        for (int d = 0; d < docs.size(); d++) {
            LabelSequence topics = data.get(d).topicSequence;
            for (int i = 0; i < topics.getLength(); i++) {
                docTopicCounts[d][topics.getIndexAtPosition(i)]++;
                assigned[topics.getIndexAtPosition(i)]++;
            }
        }
        int[][] topicWordCounts = MalletArrays.unpack(lda.getTypeTopicCounts(), k);
        for (int t = 0; t < k; t++) {
            long counted = 0;
            for (int c : topicWordCounts[t]) {
                counted += c;
            }
            // a worker thread that failed inside MALLET leaves merged counts that no longer match the assignments
            if (counted != assigned[t]) {
                String what = "topic " + t + " counts " + counted + " tokens but " + assigned[t] + " are assigned to it";
                if (options.threads() > 1) {
                    throw multiThreadFailure(options, what, null);
                }
                throw new IllegalStateException("MALLET returned inconsistent counts: " + what);
            }
        }
        return new Sampled(topicWordCounts, lda.alpha.clone(), lda.beta, docTopicCounts, trace);
    }

    /**
     * MALLET 2.0.8's multi-threaded sampler failed this way (a worker that hit an out-of-range topic,
     * its issues #42, #57, #219, left corrupted counts); 2.1.0 driven by {@link MalletSweeps} has
     * not, but the check stays. The one-thread sampler runs the same code on the caller's thread.
     */
    private static IllegalStateException multiThreadFailure(TopicOptions options, String what, Throwable cause) {
        return new IllegalStateException("MALLET's multi-threaded sampler failed with " + options.threads()
                + " threads (" + what + "); train with 1 thread", cause);
    }
}
