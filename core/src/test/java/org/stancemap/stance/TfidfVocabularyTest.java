package org.stancemap.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import smile.util.SparseArray;

class TfidfVocabularyTest {

    @Test
    void ngramsAreUnigramsThenBigramsInTextOrder() {
        assertEquals(List.of("a", "a b", "b", "b c", "c"), TfidfVocabulary.ngrams(List.of("a", "b", "c"), 2));
    }

    @Test
    void idfAndNormalisationMatchHandComputation() {
        // two documents; "x" in both (df 2), "y" in one (df 1); unigrams only, raw tf
        TfidfVocabulary v = TfidfVocabulary.fit(List.of(List.of("x", "y", "y"), List.of("x")),
                new TfidfOptions(1, 1, 100, false));
        assertEquals(2, v.size());
        assertEquals("x", v.term(0));
        double idfX = Math.log(3.0 / 3.0) + 1;  // 1
        double idfY = Math.log(3.0 / 2.0) + 1;
        SparseArray a = v.vectorize(List.of("x", "y", "y", "unseen"));
        double wx = 1 * idfX;
        double wy = 2 * idfY;
        double norm = Math.sqrt(wx * wx + wy * wy);
        assertEquals(wx / norm, a.get(0), 1e-12);
        assertEquals(wy / norm, a.get(1), 1e-12);
    }

    @Test
    void minDfAndMaxFeaturesFilterDeterministically() {
        var docs = List.of(List.of("a", "b", "c"), List.of("a", "b"), List.of("a", "d"));
        TfidfVocabulary v = TfidfVocabulary.fit(docs, new TfidfOptions(1, 2, 100, true));
        assertEquals(List.of("a", "b"), List.of(v.term(0), v.term(1)));
        TfidfVocabulary top1 = TfidfVocabulary.fit(docs, new TfidfOptions(1, 1, 1, true));
        assertEquals(1, top1.size());
        assertEquals("a", top1.term(0));
    }

    @Test
    void stateRoundTripsAndRefusesUnknownVersion() {
        TfidfVocabulary v = TfidfVocabulary.fit(List.of(List.of("p", "q"), List.of("q", "r")), TfidfOptions.defaults());
        TfidfVocabulary back = TfidfVocabulary.fromState(v.state());
        assertEquals(v.state(), back.state());
        var s = v.state();
        var bad = new TfidfVocabulary.State(99, s.options(), s.terms(), s.idf());
        var e = assertThrows(IllegalArgumentException.class, () -> TfidfVocabulary.fromState(bad));
        assertEquals("Unsupported TF-IDF vocabulary format_version 99 (this build reads 1)", e.getMessage());
    }

    @Test
    void vectorsEqualTheTermCountingDefinitionBitForBit() {
        // FIXTURE: hand-made token lists with repeats, unseen words and every n-gram length
        List<List<String>> docs = List.of(List.of("credit", "system", "credit", "score"),
                List.of("social", "credit", "system", "social", "credit"), List.of("score", "score", "data"));
        for (int max = 1; max <= 3; max++) {
            for (boolean sublinear : new boolean[] {true, false}) {
                TfidfVocabulary v = TfidfVocabulary.fit(docs, new TfidfOptions(max, 1, 100, sublinear));
                for (List<String> doc : List.of(docs.get(1), List.of("credit", "unseen", "credit", "system", "score"),
                        List.of("unseen"))) {
                    java.util.TreeMap<Integer, Integer> tf = new java.util.TreeMap<>();
                    for (String g : TfidfVocabulary.ngrams(doc, max)) {
                        for (int i = 0; i < v.size(); i++) {
                            if (v.term(i).equals(g)) {
                                tf.merge(i, 1, Integer::sum);
                            }
                        }
                    }
                    SparseArray x = v.vectorize(doc);
                    assertEquals(tf.size(), x.size());
                    double norm = 0;
                    for (var e : tf.entrySet()) {
                        double t = sublinear ? 1.0 + Math.log(e.getValue()) : e.getValue();
                        double w = t * (Math.log((1.0 + docs.size()) / (1.0 + df(docs, v.term(e.getKey()), max))) + 1.0);
                        norm += w * w;
                    }
                    norm = Math.sqrt(norm);
                    for (var e : tf.entrySet()) {
                        double t = sublinear ? 1.0 + Math.log(e.getValue()) : e.getValue();
                        double w = t * (Math.log((1.0 + docs.size()) / (1.0 + df(docs, v.term(e.getKey()), max))) + 1.0);
                        assertEquals(w / norm, x.get(e.getKey()), 0.0, v.term(e.getKey()));
                    }
                }
            }
        }
    }

    private static int df(List<List<String>> docs, String term, int max) {
        return (int) docs.stream().filter(d -> TfidfVocabulary.ngrams(d, max).contains(term)).count();
    }
}
