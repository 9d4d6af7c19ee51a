package org.stancemap.stance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import smile.classification.SparseLogisticRegression;
import smile.data.SparseDataset;
import smile.util.SparseArray;

class TfidfLogisticTrainerTest {
    static LabelSet labels;

    @BeforeAll
    static void load() throws Exception {
        labels = LabelSet.read(Path.of("corpus/labels.json"));
    }

    /** Whitespace "analysis", enough to test the head without CoreNLP. */
    static Document doc(String text) {
        return new Document(text, Arrays.asList(text.toLowerCase().split("\\s+")), List.of(text));
    }

    static final String[] TEXTS = {
        "surveillance control privacy rights citizens monitoring",
        "surveillance authoritarian control data citizens",
        "policy goals effectiveness shortcomings recommendations",
        "policy evaluation prospects problems design",
        "legal norms regulation documents hierarchy doctrine",
        "legal framework administrative law norms",
        "firms listed companies regression employment financing",
        "banks loans credit markets regression firms",
    };
    static final int[] Y = {0, 0, 1, 1, 2, 2, 3, 3};

    static List<Document> docs() {
        List<Document> d = new ArrayList<>();
        for (String t : TEXTS) {
            d.add(doc(t));
        }
        return d;
    }

    @Test
    void probabilitiesEqualSmilesOwnPosteriors() {
        var opts = new TfidfLogisticTrainer.Options(TfidfOptions.defaults(), 0.05, 1e-6, 500, false);
        TfidfLogisticModel m = new TfidfLogisticTrainer(opts, TfidfLogisticTrainerTest::doc).fit(docs(), Y, labels);
        // refit Smile directly on the same vectors and compare its posteriors with ours
        List<SparseArray> x = new ArrayList<>();
        for (Document d : docs()) {
            x.add(m.vocabulary().vectorize(d.tokens()));
        }
        var smile = SparseLogisticRegression.multinomial(SparseDataset.of(x, m.vocabulary().size()), Y, 0.05, 1e-6, 500);
        for (int i = 0; i < TEXTS.length; i++) {
            double[] expected = new double[4];
            smile.predict(x.get(i), expected);
            assertArrayEquals(expected, m.probabilities(docs().get(i)), 1e-9, "record " + i);
        }
    }

    @Test
    void learnsTheTrainingLabelsAndExplainsWithTheirTerms() {
        TfidfLogisticModel m = new TfidfLogisticTrainer(TfidfLogisticTrainer.Options.defaults(),
                TfidfLogisticTrainerTest::doc).fit(docs(), Y, labels);
        for (int i = 0; i < TEXTS.length; i++) {
            assertEquals(Y[i], Softmax.argmax(m.probabilities(docs().get(i))), TEXTS[i]);
        }
        var why = m.explain(doc("regression on listed firms"), 3, 3);
        assertTrue(why.stream().anyMatch(t -> t.term().equals("regression") || t.term().equals("firms")), why.toString());
        assertTrue(why.get(0).weight() >= why.get(why.size() - 1).weight());
    }

    @Test
    void aLabelWithoutExamplesGetsALowButDefinedProbability() {
        var opts = new TfidfLogisticTrainer.Options(TfidfOptions.defaults(), 0.1, 1e-5, 200, false);
        List<Document> d = docs().subList(0, 6);
        TfidfLogisticModel m = new TfidfLogisticTrainer(opts, TfidfLogisticTrainerTest::doc)
                .fit(d, Arrays.copyOf(Y, 6), labels);
        double[] p = m.probabilities(doc("firms banks loans"));
        assertEquals(1.0, Arrays.stream(p).sum(), 1e-12);
        assertTrue(p[3] > 0 && p[3] < 0.01, Arrays.toString(p));
    }

    @Test
    void refusesASingleLabel() {
        var opts = new TfidfLogisticTrainer.Options(TfidfOptions.defaults(), 0.1, 1e-5, 200, false);
        var e = assertThrows(IllegalArgumentException.class,
                () -> new TfidfLogisticTrainer(opts, TfidfLogisticTrainerTest::doc).fit(docs().subList(0, 2), new int[] {0, 0}, labels));
        assertTrue(e.getMessage().contains("at least two labels"), e.getMessage());
    }

    @Test
    void optionsValidate() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new TfidfLogisticTrainer.Options(TfidfOptions.defaults(), -1, 1e-5, 10, true));
        assertEquals("Invalid lambda: -1.0 (expected >= 0)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TfidfOptions(4, 1, 10, true));
    }
}
