package org.stancemap.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoherenceIndexTest {
    // FIXTURE: hand-made, not real data. N = 4 documents; D(a)=3, D(b)=2, D(c)=2,
    // D(a,b)=2, D(a,c)=1, D(b,c)=1 (repeated tokens count once).
    private static final CoherenceIndex INDEX = CoherenceIndex.of(List.of(
            List.of("a", "b", "a"), List.of("a", "b", "c"), List.of("a"), List.of("c")));

    @Test
    void documentFrequenciesCountDocumentsNotTokens() {
        assertEquals(4, INDEX.documents());
        assertEquals(3, INDEX.df("a"));
        assertEquals(2, INDEX.coDf("a", "b"));
        assertEquals(1, INDEX.coDf("c", "a"));
        assertEquals(0, INDEX.df("zzz"));
        assertEquals(0, INDEX.coDf("a", "zzz"));
    }

    @Test
    void umassEqualsHandComputation() {
        // Mimno et al. 2011 with words ordered a, b, c:
        // log((D(b,a)+1)/D(a)) + log((D(c,a)+1)/D(a)) + log((D(c,b)+1)/D(b)) = log(3/3) + log(2/3) + log(2/2)
        assertEquals(Math.log(2.0 / 3.0), INDEX.umass(List.of("a", "b", "c")), 1e-12);
        // order matters: b first conditions on D(b)
        assertEquals(Math.log(3.0 / 2.0), INDEX.umass(List.of("b", "a")), 1e-12);
    }

    @Test
    void npmiEqualsHandComputation() {
        // (a,b): P=1/2, P(a)P(b)=3/8 -> log(4/3)/log 2; (a,c): P=1/4, 3/8 -> log(2/3)/log 4; (b,c): P=1/4=1/2*1/2 -> 0
        double expected = (Math.log(4.0 / 3.0) / Math.log(2) + Math.log(2.0 / 3.0) / Math.log(4) + 0) / 3;
        assertEquals(expected, INDEX.npmi(List.of("a", "b", "c")), 1e-9);
        TopicCoherence both = INDEX.score(List.of("a", "b", "c"));
        assertEquals(expected, both.npmi(), 1e-9);
        assertEquals(Math.log(2.0 / 3.0), both.umass(), 1e-12);
    }

    @Test
    void pairThatNeverCoOccursScoresNearMinusOne() {
        CoherenceIndex disjoint = CoherenceIndex.of(List.of(List.of("x"), List.of("y")));
        // log(1e-12 / (1/4)) / -log(1e-12)
        assertEquals(Math.log(1e-12 * 4) / -Math.log(1e-12), disjoint.npmi(List.of("x", "y")), 1e-12);
    }

    @Test
    void wordOutsideTheReferenceCorpusIsAnError() {
        var e = assertThrows(IllegalArgumentException.class, () -> INDEX.umass(List.of("a", "zzz")));
        assertEquals("Word 'zzz' occurs in none of the 4 reference documents (coherence is defined only for words of"
                + " the reference corpus)", e.getMessage());
    }
}
