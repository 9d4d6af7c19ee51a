package org.stancemap.stance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedding heads on synthetic embeddings where the truth is known: label k's texts lie near
 * direction k. Prototype texts are mapped to their label's direction, so no ONNX model is needed.
 */
class EmbeddingHeadsTest {
    static final int DIM = 16;
    static LabelSet labels;

    @BeforeAll
    static void load() throws Exception {
        labels = LabelSet.read(Path.of("corpus/labels.json"));
    }

    static float[] near(int k, double noise, Random rnd) {
        float[] v = new float[DIM];
        for (int j = 0; j < DIM; j++) {
            v[j] = (float) (rnd.nextGaussian() * noise);
        }
        v[k] += 1;
        v[DIM - 1] += 2;  // a direction every text shares, as abstracts of one field do
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        for (int j = 0; j < DIM; j++) {
            v[j] /= (float) Math.sqrt(n);
        }
        return v;
    }

    /** Prototype text to a document near its label's direction. */
    static Function<String, Document> prototypes() {
        Random rnd = new Random(1);
        List<Prototypes.Example> ex = Prototypes.examples(labels);
        return text -> {
            int k = ex.stream().filter(e -> e.text().equals(text)).findFirst().orElseThrow().label();
            return new Document(text, List.of(), List.of(text), near(k, 0.2, rnd));
        };
    }

    static List<Document> docs(int perLabel, double noise, long seed, List<Integer> y) {
        Random rnd = new Random(seed);
        List<Document> out = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            for (int i = 0; i < perLabel; i++) {
                out.add(new Document("t", List.of(), List.of("t"), near(k, noise, rnd)));
                y.add(k);
            }
        }
        return out;
    }

    static double accuracy(StanceModel m, List<Document> docs, List<Integer> y) {
        int ok = 0;
        for (int i = 0; i < docs.size(); i++) {
            ok += Softmax.argmax(m.probabilities(docs.get(i))) == y.get(i) ? 1 : 0;
        }
        return ok / (double) docs.size();
    }

    @Test
    void zeroShotClassifiesWithoutAnyLabelledDocument() {
        ZeroShotModel m = new ZeroShotTrainer(ZeroShotTrainer.Options.defaults(), prototypes()).fit(List.of(), new int[0], labels);
        assertEquals(20.0, m.state().scale());
        List<Integer> y = new ArrayList<>();
        List<Document> test = docs(10, 0.3, 5, y);
        assertTrue(accuracy(m, test, y) >= 0.9, "accuracy " + accuracy(m, test, y));
    }

    @Test
    void zeroShotFitsItsScaleToLabelledDocuments() {
        List<Integer> y = new ArrayList<>();
        List<Document> train = docs(5, 0.05, 3, y);
        ZeroShotModel m = new ZeroShotTrainer(ZeroShotTrainer.Options.defaults(), prototypes())
                .fit(train, y.stream().mapToInt(Integer::intValue).toArray(), labels);
        assertTrue(m.state().scale() > 20.0, "well separated data sharpen the scale: " + m.state().scale());
    }

    @Test
    void embeddingLogisticRegressionLearnsAndUsesPrototypes() {
        List<Integer> y = new ArrayList<>();
        List<Document> train = docs(3, 0.15, 7, y);
        List<Integer> ty = new ArrayList<>();
        List<Document> test = docs(10, 0.15, 8, ty);
        var m = new EmbeddingLogisticTrainer(EmbeddingLogisticTrainer.Options.defaults(), prototypes())
                .fit(train, y.stream().mapToInt(Integer::intValue).toArray(), labels);
        assertTrue(accuracy(m, test, ty) >= 0.9, "accuracy " + accuracy(m, test, ty));
        // with no example of economic-empirical, the prototypes still teach it
        var partial = new EmbeddingLogisticTrainer(EmbeddingLogisticTrainer.Options.defaults(), prototypes())
                .fit(train.subList(0, 9), y.subList(0, 9).stream().mapToInt(Integer::intValue).toArray(), labels);
        assertEquals(3, Softmax.argmax(partial.probabilities(test.get(35))));
    }

    @Test
    void mlpHeadLearnsAndIsDeterministic() {
        List<Integer> y = new ArrayList<>();
        List<Document> train = docs(3, 0.15, 7, y);
        int[] yy = y.stream().mapToInt(Integer::intValue).toArray();
        List<Integer> ty = new ArrayList<>();
        List<Document> test = docs(10, 0.15, 8, ty);
        var a = new EmbeddingMlpTrainer(EmbeddingMlpTrainer.Options.defaults(42), prototypes()).fit(train, yy, labels);
        var b = new EmbeddingMlpTrainer(EmbeddingMlpTrainer.Options.defaults(42), prototypes()).fit(train, yy, labels);
        assertTrue(accuracy(a, test, ty) >= 0.9, "accuracy " + accuracy(a, test, ty));
        assertArrayEquals(a.logits(test.get(0)), b.logits(test.get(0)), 0.0);
    }

    @Test
    void ensembleIsTheNormalisedGeometricMeanOfItsMembers() {
        List<Integer> y = new ArrayList<>();
        List<Document> train = docs(3, 0.15, 7, y);
        int[] yy = y.stream().mapToInt(Integer::intValue).toArray();
        StanceModel lr = new EmbeddingLogisticTrainer(EmbeddingLogisticTrainer.Options.defaults(), prototypes()).fit(train, yy, labels);
        StanceModel zs = new ZeroShotTrainer(ZeroShotTrainer.Options.defaults(), prototypes()).fit(train, yy, labels);
        EnsembleModel e = new EnsembleModel(labels, List.of(lr, zs));
        Document d = train.get(4);
        double[] p1 = lr.probabilities(d);
        double[] p2 = zs.probabilities(d);
        double[] g = new double[4];
        double sum = 0;
        for (int k = 0; k < 4; k++) {
            g[k] = Math.sqrt(p1[k] * p2[k]);
            sum += g[k];
        }
        for (int k = 0; k < 4; k++) {
            g[k] /= sum;
        }
        assertArrayEquals(g, e.probabilities(d), 1e-12);
    }

    @Test
    void referenceSetFindsTheNearestAndRoundTripsItsBytes() {
        Random rnd = new Random(2);
        float[][] v = {near(0, 0.1, rnd), near(1, 0.1, rnd), near(2, 0.1, rnd)};
        var index = new ReferenceSet.Index(ReferenceSet.Index.VERSION, DIM, List.of("a", "b", "c"),
                List.of("surveillance-critical", "policy-evaluative", "legal-descriptive"), List.of("x", "y", "z"));
        ReferenceSet r = new ReferenceSet(index, v);
        assertEquals("b", r.nearest(near(1, 0.05, rnd)).id());
        ReferenceSet back = ReferenceSet.fromBytes(index, r.vectorBytes());
        assertEquals(r.nearest(v[2]), back.nearest(v[2]));
        assertThrows(IllegalArgumentException.class, () -> ReferenceSet.fromBytes(index, Arrays.copyOf(r.vectorBytes(), 10)));
    }
}
