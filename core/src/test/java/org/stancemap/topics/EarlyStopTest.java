package org.stancemap.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EarlyStopTest {
    private static final TopicOptions.EarlyStop STOP = new TopicOptions.EarlyStop(30, 1e-3);

    /** A trace every 10 sweeps from 10 to {@code last}, with log-likelihood per token {@code f(sweep)}. */
    private static List<double[]> trace(int last, java.util.function.IntToDoubleFunction f) {
        List<double[]> out = new ArrayList<>();
        for (int s = 10; s <= last; s += 10) {
            out.add(new double[] {s, f.applyAsDouble(s)});
        }
        return out;
    }

    @Test
    void stopsWhenFlatAndNotWhileRising() {
        // flat after optimisation starts: stop once the window lies after the first optimisation
        assertTrue(STOP.reached(trace(80, s -> -8.0), 0, 0));
        assertTrue(STOP.reached(trace(60, s -> -8.0), 20, 10));  // first optimisation at 30, window 30..60
        assertFalse(STOP.reached(trace(50, s -> -8.0), 20, 10), "window would start before the first optimisation");
        // rising by 1% of |LL| every 10 sweeps: over 30 sweeps far above the 0.1% tolerance
        assertFalse(STOP.reached(trace(300, s -> -8.0 + 0.08 * s / 10), 0, 0));
        // a fall is no improvement: stop
        assertTrue(STOP.reached(trace(100, s -> -7.0 - s / 1000.0), 0, 0));
        assertFalse(TopicOptions.EarlyStop.OFF.reached(trace(300, s -> -8.0), 0, 0));
        assertFalse(STOP.reached(List.of(), 0, 0));
    }

    @Test
    void validatesItsSettings() {
        assertEquals("Invalid early_stop window: 25 (expected a positive multiple of 10 sweeps, or 0 with tolerance 0"
                + " for no early stop)",
                assertThrows(IllegalArgumentException.class, () -> new TopicOptions.EarlyStop(25, 1e-3)).getMessage());
        assertEquals("Invalid early_stop tolerance: 0.0 (expected a relative change in (0, 0.1])",
                assertThrows(IllegalArgumentException.class, () -> new TopicOptions.EarlyStop(50, 0)).getMessage());
        assertFalse(TopicOptions.EarlyStop.OFF.enabled());
        assertTrue(STOP.enabled());
    }

    @Test
    void stopsEarlyOnAFlatLikelihoodAndIsDeterministic() {
        List<TopicDocument> docs = SeedFixture.documents();
        // a loose tolerance: the likelihood of 15 abstracts levels off long before 1000 sweeps
        TopicOptions options = new TopicOptions(4, 1000, 5.0, 0.01, 10, 50, 7, 1, DfFilter.defaults(),
                new TopicOptions.EarlyStop(50, 0.01));
        MalletLdaTrainer.Traced a = MalletLdaTrainer.fitTraced(docs, options);
        MalletLdaTrainer.Traced b = MalletLdaTrainer.fitTraced(docs, options);
        int sweeps = a.model().sweeps();
        assertTrue(a.trace().stoppedEarly());
        assertTrue(sweeps < 1000 && sweeps >= 60 + 50 && sweeps % 10 == 0, "stopped at " + sweeps);
        assertEquals(sweeps / 10, a.trace().logLikelihoods().size());
        assertEquals(sweeps, b.model().sweeps());
        assertStatesEqual(a.model().state(), b.model().state());

        // the likelihood draws no random numbers: stopping early equals running exactly that many sweeps
        TopicModel fixed = MalletLdaTrainer.fit(docs, options.withEarlyStop(TopicOptions.EarlyStop.OFF)
                .withIterations(sweeps));
        assertEquals(sweeps, fixed.sweeps());
        assertArrayEquals(a.model().state().topicWordCounts(), fixed.state().topicWordCounts());
        assertArrayEquals(a.model().state().docTopicCounts(), fixed.state().docTopicCounts());
        assertArrayEquals(a.model().alpha(), fixed.alpha(), 0.0);
        assertEquals(a.model().beta(), fixed.beta(), 0.0);
    }

    @Test
    void runsEverySweepWhenTheLikelihoodKeepsRisingOrTheStopIsOff() {
        List<TopicDocument> docs = SeedFixture.documents();
        TopicOptions options = new TopicOptions(4, 120, 5.0, 0.01, 10, 50, 7, 1, DfFilter.defaults());
        MalletLdaTrainer.Traced off = MalletLdaTrainer.fitTraced(docs, options);
        assertEquals(120, off.model().sweeps());
        assertFalse(off.trace().stoppedEarly());
        assertTrue(off.trace().logLikelihoods().isEmpty(), "no likelihood is computed without an early stop");
        // the window cannot fit after the first optimisation (60) within 120 sweeps: never stops, same result
        MalletLdaTrainer.Traced on = MalletLdaTrainer.fitTraced(docs,
                options.withEarlyStop(new TopicOptions.EarlyStop(100, 0.1)));
        assertEquals(120, on.model().sweeps());
        assertFalse(on.trace().stoppedEarly());
        assertEquals(12, on.trace().logLikelihoods().size());
        assertArrayEquals(off.model().state().topicWordCounts(), on.model().state().topicWordCounts());
    }

    static void assertStatesEqual(TopicModel.State a, TopicModel.State b) {
        assertEquals(a.settings(), b.settings());
        assertEquals(a.sweeps(), b.sweeps());
        assertArrayEquals(a.topicWordCounts(), b.topicWordCounts());
        assertArrayEquals(a.docTopicCounts(), b.docTopicCounts());
        assertArrayEquals(a.alpha(), b.alpha(), 0.0);
        assertEquals(a.beta(), b.beta(), 0.0);
        assertEquals(a.coherence(), b.coherence());
    }
}
