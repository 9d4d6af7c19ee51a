package org.stancemap.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The selection rule on synthetic out-of-fold predictions whose truth is known
 * ({@link CalibrationFitTest#synthetic}): the same records and gold labels, scored by a prior head
 * and by a head that learns from the labels.
 */
class HeadComparisonTest {

    /** A head whose out-of-fold logits are the true ones blurred by noise of sd {@code noise}, times {@code scale}. */
    static HeadComparison.Entry entry(String head, int n, double scale, double noise) {
        CrossValidation.Result cv = CalibrationFitTest.synthetic(n, scale, 11, 2.0, noise);
        return new HeadComparison.Entry(head, cv, CalibrationFit.fit(cv, 0.9));
    }

    @Test
    void aFewLabelledWorksKeepThePriorHeadHoweverWellTheFlexibleOneScores() {
        // the flexible head reports the true logits, the prior a noisy copy: better in every fold, yet 14 works
        List<HeadComparison.Entry> entries = List.of(entry("zero-shot", 14, 1.0, 3.0), entry("embed-mlp", 14, 1.0, 0.0));
        assertEquals("zero-shot", HeadComparison.choose(entries, 14));
    }

    @Test
    void aFlexibleHeadThatIsClearlyBetterOnManyWorksReplacesThePrior() {
        List<HeadComparison.Entry> entries = List.of(entry("evidence", 600, 1.0, 3.0), entry("embed-mlp", 600, 1.0, 0.0));
        assertEquals("embed-mlp", HeadComparison.choose(entries, 600));
    }

    @Test
    void aFlexibleHeadThatMemorisedDoesNotReplaceThePrior() {
        // the flexible head memorised: over-confident by a factor 6 and noisier out of fold than the prior
        List<HeadComparison.Entry> entries = List.of(entry("evidence", 600, 1.0, 0.5), entry("embed-mlp", 600, 6.0, 1.0));
        assertEquals("evidence", HeadComparison.choose(entries, 600));
    }

    @Test
    void theMoreInformativePriorComesFirstAndWithoutPriorsTheLowestLogLossWins() {
        assertEquals("evidence", HeadComparison.choose(List.of(entry("zero-shot", 40, 1.0, 0.0), entry("evidence", 40, 1.0, 1.0)), 40));
        assertEquals("embed-lr", HeadComparison.choose(List.of(entry("tfidf-lr", 200, 1.0, 2.0), entry("embed-lr", 200, 1.0, 0.0)), 200));
    }
}
