package org.stancemap.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MalletLdaTrainerTest {

    /**
     * Pins the exact result of the literal corpus, as MALLET's own regression test does. It is
     * reproducible on any conforming JVM because, with one thread, MALLET draws the initial
     * assignments and every sample from one java.util.Random (a specified LCG) seeded with 42, the
     * sampler uses only +, -, *, / on doubles (strict IEEE 754 since Java 17), the vocabulary is
     * sorted (so type indices do not depend on hashing) and hyperparameter optimisation, which calls
     * Math.log, is off. If this fails after a change, that change altered sampling, not just speed.
     */
    @Test
    void fixedSeedOneThreadPinsTheExactResult() {
        TopicModel m = LiteralCorpus.model();
        assertEquals(List.of("bird", "bread", "cat", "cheese", "dog", "drum", "fish", "guitar", "pasta", "piano", "soup",
                "violin"), m.vocabulary());
        int[][] topicWord = {
            {4, 0, 7, 0, 6, 0, 3, 0, 0, 0, 0, 0},
            {0, 3, 0, 5, 0, 0, 0, 0, 6, 0, 4, 0},
            {0, 0, 0, 0, 0, 3, 0, 4, 0, 4, 1, 3}};
        assertArrayEquals(topicWord, m.state().topicWordCounts());
        int[][] docTopic = {{8, 0, 0}, {0, 7, 0}, {0, 0, 6}, {7, 0, 0}, {0, 5, 1}, {0, 0, 6}, {5, 2, 0}, {0, 4, 2}};
        assertArrayEquals(docTopic, m.state().docTopicCounts());
        assertArrayEquals(new double[] {1, 1, 1}, m.alpha(), 0.0);  // no optimisation: alpha_sum / K
        assertEquals(0.01, m.beta(), 0.0);
        assertEquals(List.of("cat", "dog", "bird"), m.topWords(0, 3));
    }

    @Test
    void sameSeedGivesIdenticalModelsWithOptimisationOn() {
        List<TopicDocument> docs = SeedFixture.documents();
        TopicOptions options = new TopicOptions(4, 200, 5.0, 0.01, 10, 50, 7, 1, DfFilter.defaults());
        TopicModel.State a = MalletLdaTrainer.fit(docs, options).state();
        TopicModel.State b = MalletLdaTrainer.fit(docs, options).state();
        assertArrayEquals(a.topicWordCounts(), b.topicWordCounts());
        assertArrayEquals(a.docTopicCounts(), b.docTopicCounts());
        assertArrayEquals(a.alpha(), b.alpha(), 0.0);
        assertEquals(a.beta(), b.beta(), 0.0);
        assertEquals(a.coherence(), b.coherence());
    }

    /**
     * Two threads with hyperparameter optimisation, which failed with MALLET 2.0.8 (a worker's index
     * error corrupted the merged counts): the counts are whole and consistent, and the same seed
     * and thread count give the same model, since each thread samples its own documents with its
     * own stream and the counts are merged in a fixed order.
     */
    @Test
    void twoThreadsWithOptimisationGiveValidReproducibleCounts() {
        List<TopicDocument> docs = SeedFixture.documents();
        TopicOptions options = new TopicOptions(4, 300, 5.0, 0.01, 10, 50, 42, 2, DfFilter.defaults());
        TopicModel a = MalletLdaTrainer.fit(docs, options);
        TopicModel b = MalletLdaTrainer.fit(docs, options);
        long inVocabulary = docs.stream().flatMap(d -> d.tokens().stream()).filter(w -> a.indexOf(w) >= 0).count();
        assertEquals(inVocabulary, a.totalTokens());
        for (int d = 0; d < docs.size(); d++) {
            long known = docs.get(d).tokens().stream().filter(w -> a.indexOf(w) >= 0).count();
            assertEquals(known, java.util.Arrays.stream(a.state().docTopicCounts()[d]).sum(), "document " + d);
        }
        // TopicModel's constructor checked that topic-word and document-topic counts agree per topic
        for (double alpha : a.alpha()) {
            assertTrue(alpha > 0 && Double.isFinite(alpha), "alpha " + alpha);
        }
        assertTrue(a.beta() > 0 && Double.isFinite(a.beta()));
        assertTrue(java.util.Arrays.stream(a.alpha()).distinct().count() > 1, "alpha was not optimised");
        EarlyStopTest.assertStatesEqual(a.state(), b.state());
        // one thread samples differently (another partition of the streams), but is as valid
        TopicModel one = MalletLdaTrainer.fit(docs, options.withThreads(1));
        assertEquals(a.totalTokens(), one.totalTokens());
    }

    @Test
    void seedCorpusYieldsKTopicsOfCorpusWords() {
        List<TopicDocument> docs = SeedFixture.documents();
        TopicModel m = MalletLdaTrainer.fit(docs, new TopicOptions(4, 300, 5.0, 0.01, 10, 50, 42, 1, DfFilter.defaults()));
        assertEquals(4, m.k());
        assertEquals(docs.size(), m.documents());
        Set<String> corpusWords = new HashSet<>();
        docs.forEach(d -> corpusWords.addAll(d.tokens()));
        assertEquals(DfFilter.defaults().vocabulary(docs), m.vocabulary());
        long inVocabulary = docs.stream().flatMap(d -> d.tokens().stream()).filter(w -> m.indexOf(w) >= 0).count();
        assertEquals(inVocabulary, m.totalTokens());  // every kept token is assigned exactly once
        for (int t = 0; t < m.k(); t++) {
            List<String> top = m.topWords(t, 10);
            assertEquals(10, top.size());
            assertTrue(corpusWords.containsAll(top), () -> "not corpus words: " + top);
            assertTrue(m.tokensPerTopic(t) > 0, "empty topic " + t);
            assertEquals(top, m.coherence().get(t).words());
        }
        // the filter removed the words that are in most abstracts
        assertEquals(-1, m.indexOf("social"));
        assertEquals(-1, m.indexOf("credit"));
    }

    @Test
    void inferredMixtureOfATrainingAbstractPeaksAtItsDominantTrainingTopic() {
        List<TopicDocument> docs = SeedFixture.documents();
        TopicModel m = MalletLdaTrainer.fit(docs, new TopicOptions(4, 300, 5.0, 0.01, 10, 50, 42, 1, DfFilter.defaults()));
        for (int d = 0; d < docs.size(); d++) {
            double[] inferred = m.infer(docs.get(d).tokens());
            assertEquals(argmax(m.trainingMixture(d)), argmax(inferred), "document " + docs.get(d).id());
            assertEquals(1.0, java.util.Arrays.stream(inferred).sum(), 1e-9);
        }
    }

    @Test
    void documentsEmptiedByTheFilterAreKeptWithThePriorMixture() {
        List<TopicDocument> docs = new java.util.ArrayList<>(LiteralCorpus.documents());
        docs.add(new TopicDocument("only-rare", List.of("zebra", "quokka")));
        docs.add(new TopicDocument("empty", List.of()));
        TopicModel m = MalletLdaTrainer.fit(docs, LiteralCorpus.options().withDfFilter(new DfFilter(2, 1.0)));
        assertEquals(10, m.documents());
        assertEquals(-1, m.indexOf("zebra"));
        double[] prior = {1.0 / 3, 1.0 / 3, 1.0 / 3};  // alpha_sum 3, not optimised
        assertArrayEquals(prior, m.trainingMixture(8), 1e-15);
        assertArrayEquals(prior, m.trainingMixture(9), 1e-15);
        assertEquals("zebra quokka", m.docPreview(8));
    }

    @Test
    void rejectsDuplicateIdsAndAnEmptyVocabulary() {
        var dup = List.of(new TopicDocument("x", List.of("a", "b")), new TopicDocument("x", List.of("a")));
        assertEquals("Duplicate document id 'x' in the topic training corpus",
                assertThrows(IllegalArgumentException.class,
                        () -> MalletLdaTrainer.fit(dup, LiteralCorpus.options())).getMessage());
        var rare = List.of(new TopicDocument("1", List.of("a")), new TopicDocument("2", List.of("b")));
        assertEquals("0 word(s) survive the document-frequency filter (min_df 2, max_doc_share 0.5) over 2 documents;"
                + " a topic model needs at least 2",
                assertThrows(IllegalArgumentException.class,
                        () -> MalletLdaTrainer.fit(rare, TopicOptions.defaults(2, 1))).getMessage());
    }

    static int argmax(double[] x) {
        int best = 0;
        for (int i = 1; i < x.length; i++) {
            if (x[i] > x[best]) {
                best = i;
            }
        }
        return best;
    }
}
