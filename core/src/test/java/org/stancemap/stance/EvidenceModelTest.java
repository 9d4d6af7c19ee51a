package org.stancemap.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The evidence head on synthetic sentence embeddings whose truth is known: the act sentences of label
 * k lie near direction k, and every sentence shares a strong "topic" direction, as abstracts of one
 * field do. No ONNX model is needed.
 */
class EvidenceModelTest {
    static final int DIM = 8;
    static final int TOPIC = DIM - 1;
    static LabelSet labels;

    @BeforeAll
    static void load() throws Exception {
        labels = LabelSet.read(Path.of("corpus/labels.json"));
    }

    /** A unit vector: {@code act} weight on direction k, {@code topic} on the shared direction, plus noise. */
    static float[] vector(int k, double act, double topic, double noise, Random rnd) {
        float[] v = new float[DIM];
        for (int j = 0; j < DIM; j++) {
            v[j] = (float) (rnd.nextGaussian() * noise);
        }
        v[k] += (float) act;
        v[TOPIC] += (float) topic;
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        for (int j = 0; j < DIM; j++) {
            v[j] /= (float) Math.sqrt(n);
        }
        return v;
    }

    /** Act text to a one-sentence document near its label's direction. */
    static Function<String, Document> acts() {
        Random rnd = new Random(7);
        return text -> {
            for (int k = 0; k < labels.size(); k++) {
                if (labels.labels().get(k).acts().contains(text)) {
                    float[] v = vector(k, 1.0, 0.5, 0.1, rnd);
                    return new Document(text, List.of(), List.of(text), v, null, new float[][] {v});
                }
            }
            throw new AssertionError("not an act sentence: " + text);
        };
    }

    /** A document whose sentences lean to the given labels, each sentence dominated by the topic direction. */
    static Document doc(Random rnd, int... sentenceLabels) {
        List<String> sentences = new ArrayList<>();
        float[][] sv = new float[sentenceLabels.length][];
        for (int i = 0; i < sv.length; i++) {
            sentences.add("sentence " + i + " of label " + sentenceLabels[i]);
            sv[i] = vector(sentenceLabels[i], 0.6, 2.0, 0.1, rnd);
        }
        return new Document(String.join(" ", sentences), List.of(), sentences, sv[0], null, sv);
    }

    @Test
    void labelsByWhatMostSentencesDoEvenUnderAStrongSharedTopic() {
        EvidenceModel m = new EvidenceTrainer(EvidenceTrainer.Options.defaults(), acts()).fit(List.of(), new int[0], labels);
        Random rnd = new Random(3);
        for (int k = 0; k < labels.size(); k++) {
            int other = (k + 1) % labels.size();
            double[] p = m.probabilities(doc(rnd, k, k, other));
            assertEquals(k, Softmax.argmax(p), "sentences of label " + k);
            assertEquals(1.0, p[0] + p[1] + p[2] + p[3], 1e-12);
        }
    }

    @Test
    void withoutLabelsKeepsTheDefaultScaleAndWithThemFitsOne() {
        EvidenceModel prior = new EvidenceTrainer(EvidenceTrainer.Options.defaults(), acts()).fit(List.of(), new int[0], labels);
        assertEquals(25.0, prior.state().scale(), 0.0);
        Random rnd = new Random(5);
        List<Document> docs = new ArrayList<>();
        int[] y = new int[40];
        for (int i = 0; i < y.length; i++) {
            y[i] = i % 4;
            docs.add(doc(rnd, y[i], y[i], (y[i] + 1) % 4));
        }
        EvidenceModel fitted = new EvidenceTrainer(EvidenceTrainer.Options.defaults(), acts()).fit(docs, y, labels);
        // every training document is right, so maximum likelihood sharpens the scale
        assertTrue(fitted.state().scale() > 25.0, "scale " + fitted.state().scale());
    }

    @Test
    void explainsWithTheSentenceThatBestMatchesTheLabelsActs() {
        EvidenceModel m = new EvidenceTrainer(EvidenceTrainer.Options.defaults(), acts()).fit(List.of(), new int[0], labels);
        Document d = doc(new Random(9), 1, 3, 1);
        List<StanceModel.TermWeight> why = m.explain(d, 3, 5);
        assertEquals(1, why.size());
        assertEquals("sentence 1 of label 3", why.get(0).term());
        assertEquals(List.of(), m.explain(d, 3, 0));
    }

    @Test
    void refusesDocumentsWithoutSentenceEmbeddingsAndLabelSetsWithoutActs() throws Exception {
        EvidenceModel m = new EvidenceTrainer(EvidenceTrainer.Options.defaults(), acts()).fit(List.of(), new int[0], labels);
        Document plain = new Document("text", List.of(), List.of("text"), new float[DIM]);
        assertThrows(IllegalStateException.class, () -> m.logits(plain));
        LabelSet noActs = LabelSetTest.parse(LabelSetTest.V1);
        var e = assertThrows(IllegalArgumentException.class,
                () -> new EvidenceTrainer(EvidenceTrainer.Options.defaults(), acts()).fit(List.of(), new int[0], noActs));
        assertTrue(e.getMessage().contains("act sentences"), e.getMessage());
    }

    @Test
    void stateRejectsALabelWithoutActs() {
        double[][] acts = {{1, 0}, {0, 1}};
        var e = assertThrows(IllegalArgumentException.class, () -> new EvidenceModel.State(1, List.of("a", "b", "c"), 1.0, 1.0, 1.0, 0.5,
                new int[] {0, 1}, acts, new double[][] {{1, 0}, {0, 1}, {0, 0}}));
        assertTrue(e.getMessage().contains("label c has no act"), e.getMessage());
    }

}
