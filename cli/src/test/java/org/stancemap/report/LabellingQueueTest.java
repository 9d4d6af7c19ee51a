package org.stancemap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabellingQueueTest {

    @Test
    void theLowestMarginAbstractOfTheSeedComesFirst() throws IOException {
        SeedRun.ensure();
        List<ResultRecord> seed = Results.read(List.of(SeedRun.UNLABELLED_RESULTS)).records();
        ResultRecord lowest = seed.stream().min(Comparator.comparingDouble(LabellingQueueTest::margin)).orElseThrow();
        List<LabellingQueue.Candidate> ranked = LabellingQueue.rank(seed, LabellingQueue.Strategy.MARGIN, 20);
        assertEquals(15, ranked.size(), "no seed record of the R Discovery export carries a label");
        assertEquals(lowest.id(), ranked.get(0).record().id());
        assertEquals(margin(lowest), ranked.get(0).margin(), 1e-12);
        for (int i = 1; i < ranked.size(); i++) {
            assertTrue(ranked.get(i - 1).margin() <= ranked.get(i).margin(), "without topics the ranking is by margin alone");
            assertEquals(i + 1, ranked.get(i).rank());
        }
        assertTrue(ranked.get(0).reason().startsWith("margin "), ranked.get(0).reason());
    }

    @Test
    void theHighestEntropyAbstractComesFirstWhenRankedByEntropy() throws IOException {
        SeedRun.ensure();
        List<ResultRecord> seed = Results.read(List.of(SeedRun.UNLABELLED_RESULTS)).records();
        ResultRecord highest = seed.stream().max(Comparator.comparingDouble(LabellingQueueTest::entropy)).orElseThrow();
        List<LabellingQueue.Candidate> ranked = LabellingQueue.rank(seed, LabellingQueue.Strategy.ENTROPY, 3);
        assertEquals(3, ranked.size());
        assertEquals(highest.id(), ranked.get(0).record().id());
        assertEquals(entropy(highest), ranked.get(0).entropy(), 1e-12);
    }

    @Test
    void labelledRecordsAreNotCandidates() throws IOException {
        SeedRun.ensure();
        List<ResultRecord> seed = Results.read(List.of(SeedRun.LABELLED_RESULTS)).records();
        List<LabellingQueue.Candidate> ranked = LabellingQueue.rank(seed, LabellingQueue.Strategy.MARGIN, 20);
        assertEquals(List.of("10.2139/ssrn.3832439"), ranked.stream().map(c -> c.record().id()).toList(),
                "only the unlabelled seed record is left to label");
    }

    @Test
    void theRankingIsSpreadAcrossTopicsRoundByRound() throws IOException {
        List<ResultRecord> r = Results.read(List.of(Fixtures.TOPICS)).records();
        // by margin alone: 1, 2, 3, 5, 4, 8; topic 1 holds 1, 2, 3, so rounds give 1, 5, 4, 8, then 2, then 3
        List<LabellingQueue.Candidate> ranked = LabellingQueue.rank(r, LabellingQueue.Strategy.MARGIN, 10);
        assertEquals(List.of("fixture-1", "fixture-5", "fixture-4", "fixture-8", "fixture-2", "fixture-3"),
                ranked.stream().map(c -> c.record().id()).toList(), "fixture-6 has gold, fixture-7 is a duplicate");
        assertEquals("credit/market/firm", ranked.get(0).topTopic());
        assertEquals(null, ranked.get(3).topTopic());
        assertTrue(ranked.get(0).reason().contains("prediction set of 2 stances"), ranked.get(0).reason());
        assertTrue(ranked.get(0).reason().contains("topic credit/market/firm"), ranked.get(0).reason());
        assertEquals(List.of("fixture-1", "fixture-5"),
                LabellingQueue.rank(r, LabellingQueue.Strategy.MARGIN, 2).stream().map(c -> c.record().id()).toList());
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> LabellingQueue.rank(List.of(), LabellingQueue.Strategy.MARGIN, 0));
        var e = assertThrows(IllegalArgumentException.class, () -> LabellingQueue.Strategy.parse("random"));
        assertTrue(e.getMessage().contains("'random'") && e.getMessage().contains("margin or entropy"), e.getMessage());
        assertEquals(LabellingQueue.Strategy.ENTROPY, LabellingQueue.Strategy.parse(" Entropy "));
    }

    /** Margin computed here from the sorted probabilities, independently of ResultRecord. */
    static double margin(ResultRecord r) {
        double[] p = r.probabilities().values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return p[p.length - 1] - p[p.length - 2];
    }

    static double entropy(ResultRecord r) {
        return -r.probabilities().values().stream().mapToDouble(Double::doubleValue).filter(p -> p > 0)
                .map(p -> p * Math.log(p)).sum();
    }
}
