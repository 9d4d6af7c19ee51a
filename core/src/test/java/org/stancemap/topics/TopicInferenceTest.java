package org.stancemap.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TopicInferenceTest {
    private static final List<TopicDocument> DOCS = SeedFixture.documents();
    private static final TopicModel MODEL = MalletLdaTrainer.fit(DOCS,
            new TopicOptions(4, 200, 5.0, 0.01, 10, 50, 3, 1, DfFilter.defaults()));

    @Test
    void sameTokensGiveTheSameMixtureWhateverTheOrderOrThread() throws Exception {
        List<double[]> forward = new ArrayList<>();
        for (TopicDocument d : DOCS) {
            forward.add(MODEL.infer(d.tokens()));
        }
        for (int i = DOCS.size() - 1; i >= 0; i--) {
            assertArrayEquals(forward.get(i), MODEL.infer(DOCS.get(i).tokens()), 0.0);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<double[]>> results = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (TopicDocument d : DOCS) {
                    results.add(pool.submit(() -> MODEL.infer(d.tokens())));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertArrayEquals(forward.get(i % DOCS.size()), results.get(i).get(), 0.0);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unknownWordsAreIgnoredAndAnEmptyDocumentGetsThePrior() {
        double[] alpha = MODEL.alpha();
        double sum = Arrays.stream(alpha).sum();
        double[] prior = Arrays.stream(alpha).map(a -> a / sum).toArray();
        assertArrayEquals(prior, MODEL.infer(List.of()), 1e-12);
        assertArrayEquals(prior, MODEL.infer(List.of("qqqq", "zzzz")), 1e-12);
        List<String> tokens = DOCS.get(7).tokens();
        List<String> withNoise = new ArrayList<>(tokens);
        withNoise.add(0, "qqqq");
        assertArrayEquals(MODEL.infer(tokens), MODEL.infer(withNoise), 0.0);
    }

    @Test
    void anotherSeedSamplesDifferently() {
        TopicInference other = new TopicInference(MODEL, TopicInference.Options.defaults(4));
        boolean differs = false;
        for (TopicDocument d : DOCS) {
            differs |= !Arrays.equals(MODEL.infer(d.tokens()), other.infer(d.tokens()));
        }
        // the seed is really used: a fixed mixture regardless of seed would hide an unseeded sampler
        assertTrue(differs, "a different seed gave identical mixtures for all documents");
        assertEquals(100, other.options().iterations());
    }
}
