package org.stancemap.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicSelectionTest {

    @Test
    void parsesKRanges() {
        assertEquals(List.of(5, 10, 15, 20, 25, 30, 35, 40), TopicSelection.parseKs("5..40"));
        assertEquals(List.of(10, 20, 30), TopicSelection.parseKs("10..30:10"));
        assertEquals(List.of(4), TopicSelection.parseKs("4..4"));
        assertEquals("Invalid K range: '5-40' (expected FROM..TO[:STEP], e.g. 5..40:5)",
                assertThrows(IllegalArgumentException.class, () -> TopicSelection.parseKs("5-40")).getMessage());
        assertEquals("Invalid K range: '9..3' (expected 2 <= FROM <= TO and STEP >= 1)",
                assertThrows(IllegalArgumentException.class, () -> TopicSelection.parseKs("9..3")).getMessage());
    }

    @Test
    void recommendsTheMostCoherentKWithinFivePercentOfTheBestPerplexity() {
        List<TopicSelection.Candidate> c = List.of(
                new TopicSelection.Candidate(5, -50, 0.10, -1000, 200, 100.0),
                new TopicSelection.Candidate(10, -50, 0.05, -990, 200, 98.0),
                new TopicSelection.Candidate(15, -50, 0.20, -1010, 200, 102.0),
                new TopicSelection.Candidate(20, -50, 0.30, -1100, 200, 110.0));
        TopicSelection.Report r = TopicSelection.recommend(90, 10, c);
        assertEquals(15, r.recommendedK());  // K=20 is more coherent but 12% worse than the best
        assertEquals("K=15 has the highest mean NPMI (0.200) among the K whose held-out perplexity is within 5% of the"
                + " lowest (98.0 at K=10): [K=5, K=10, K=15]", r.reason());
        // ties in NPMI go to the smaller K
        TopicSelection.Report tie = TopicSelection.recommend(90, 10, List.of(
                new TopicSelection.Candidate(8, 0, 0.1, 0, 1, 50), new TopicSelection.Candidate(4, 0, 0.1, 0, 1, 50)));
        assertEquals(4, tie.recommendedK());
    }

    @Test
    void selectTrainsEachKAndScoresAHeldOutTenthReproducibly() {
        List<TopicDocument> docs = SeedFixture.documents();
        TopicOptions options = new TopicOptions(2, 100, 5.0, 0.01, 10, 20, 5, 1, new DfFilter(2, 0.6));
        List<TopicSelection.Candidate> seen = new ArrayList<>();
        TopicSelection.Report r = TopicSelection.select(docs, List.of(2, 4), options, seen::add);
        assertEquals(13, r.trainDocuments());
        assertEquals(2, r.heldOutDocuments());  // round(15 / 10)
        assertEquals(List.of(2, 4), r.candidates().stream().map(TopicSelection.Candidate::k).toList());
        assertEquals(r.candidates(), seen);
        for (TopicSelection.Candidate c : r.candidates()) {
            assertTrue(c.heldOutTokens() > 0);
            assertTrue(c.heldOutLogLikelihood() < 0);
            assertEquals(Math.exp(-c.heldOutLogLikelihood() / c.heldOutTokens()), c.perplexity(), 1e-9);
            assertTrue(c.meanNpmi() >= -1 && c.meanNpmi() <= 1, "NPMI " + c.meanNpmi());
            assertTrue(c.meanUmass() < 0);
        }
        assertTrue(List.of(2, 4).contains(r.recommendedK()));
        assertEquals(r, TopicSelection.select(docs, List.of(2, 4), options));
    }

    @Test
    void malletPrintsNothingWhileTrainingInferringOrEvaluating() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream sink = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(sink);
        System.setErr(sink);
        try {
            // MarginalProbEstimator's constructor prints "Topic Evaluator: ..." to stderr on every call
            TopicSelection.select(LiteralCorpus.documents(), List.of(2, 3), LiteralCorpus.options());
            LiteralCorpus.model().infer(List.of("cat", "soup"));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }
}
