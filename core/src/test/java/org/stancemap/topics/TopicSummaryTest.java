package org.stancemap.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicSummaryTest {
    // the pinned literal model: topic 0 holds cat 7, dog 6, bird 4, fish 3 (20 of 53 tokens)
    private static final TopicModel MODEL = LiteralCorpus.model();

    @Test
    void topWordsPrevalenceAndLabelFollowTheCounts() {
        TopicSummary s = TopicSummary.of(MODEL);
        assertEquals(3, s.topics().size());
        TopicSummary.Topic t0 = s.topics().get(0);
        assertEquals("cat/dog/bird", t0.label());
        assertEquals("cat/dog/bird", MODEL.label(0));
        assertEquals(List.of("cat", "dog", "bird", "fish"), t0.topWords().subList(0, 4).stream().map(TopicSummary.Weighted::word).toList());
        assertEquals((7 + 0.01) / (20 + 12 * 0.01), t0.topWords().get(0).weight(), 1e-15);
        assertEquals(20.0 / 53, t0.prevalence(), 1e-15);
        assertEquals(1.0, s.topics().stream().mapToDouble(TopicSummary.Topic::prevalence).sum(), 1e-12);
        assertEquals(MODEL.coherence().get(0).npmi(), t0.npmi(), 0.0);
        assertEquals(MODEL.coherence().get(0).umass(), t0.umass(), 0.0);
    }

    @Test
    void relevanceIsLdavisFormula() {
        double lambda = 0.6;
        TopicSummary s = TopicSummary.of(MODEL, 12, lambda, 0, null);
        TopicSummary.Topic t1 = s.topics().get(1);
        // soup: 4 of topic 1's 18 tokens, 5 of the corpus's 53
        int soup = MODEL.indexOf("soup");
        double pwt = (MODEL.count(1, soup) + 0.01) / (MODEL.tokensPerTopic(1) + 12 * 0.01);
        double pw = (5 + 0.01) / (53 + 12 * 0.01);
        double expected = lambda * Math.log(pwt) + (1 - lambda) * Math.log(pwt / pw);
        double actual = t1.relevantWords().stream().filter(w -> w.word().equals("soup")).findFirst().orElseThrow().weight();
        assertEquals(expected, actual, 1e-12);
        // lambda = 1 ranks by probability alone
        TopicSummary byProbability = TopicSummary.of(MODEL, 4, 1.0, 0, null);
        for (TopicSummary.Topic t : byProbability.topics()) {
            assertEquals(t.topWords().stream().map(TopicSummary.Weighted::word).toList(),
                    t.relevantWords().stream().map(TopicSummary.Weighted::word).toList());
        }
        assertThrows(IllegalArgumentException.class, () -> TopicSummary.of(MODEL, 10, 1.5, 3, null));
    }

    @Test
    void typicalDocumentsHaveTheLargestShareAndUseTheGivenFirstWords() {
        // topic 0 shares (n_d0 + 1) / (n_d + 3): d0 9/11, d3 8/10, d6 6/10
        TopicSummary s = TopicSummary.of(MODEL, 10, 0.6, 3, id -> id.equals("d0") ? "Cats and dogs ..." : null);
        List<TopicSummary.Typical> typical = s.topics().get(0).typical();
        assertEquals(List.of("d0", "d3", "d6"), typical.stream().map(TopicSummary.Typical::id).toList());
        assertEquals(9.0 / 11, typical.get(0).share(), 1e-15);
        assertEquals("Cats and dogs ...", typical.get(0).start());
        assertEquals("dog cat fish dog bird cat dog", typical.get(1).start());  // the stored preview
    }

    @Test
    void topTopicsListTheLargestWeightsWithLabels() {
        List<TopicShare> top = MODEL.topTopics(new double[] {0.2, 0.5, 0.3}, 2);
        assertEquals(List.of(new TopicShare(1, 0.5, "pasta/cheese/soup"), new TopicShare(2, 0.3, "guitar/piano/drum")), top);
        assertEquals("Mixture has 2 weights, expected k = 3",
                assertThrows(IllegalArgumentException.class, () -> MODEL.topTopics(new double[2], 1)).getMessage());
    }

    @Test
    void serialisesWithSnakeCaseKeysAndStartCutsText() throws Exception {
        String json = new ObjectMapper().writeValueAsString(TopicSummary.of(MODEL));
        assertTrue(json.contains("\"top_words\":[{\"word\":\"cat\""), json);
        assertTrue(json.contains("\"relevant_words\""), json);
        assertEquals("one two ...", TopicSummary.start("  one two\nthree ", 2));
        assertEquals("one two", TopicSummary.start("one two", 2));
    }
}
