package org.stancemap.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.stance.Document;
import org.stancemap.stance.DocumentFactory;
import org.stancemap.stance.Heads;
import org.stancemap.stance.LabelSet;
import org.stancemap.stance.ReferenceSet;
import org.stancemap.stance.StanceModel;
import org.stancemap.text.Analyzer;
import org.stancemap.text.AnalyzerSettings;

/** Every head saves and reloads to identical outputs (synthetic embeddings; no ONNX model needed). */
class AllHeadsRoundTripIT {
    static LabelSet labels;
    static List<Document> docs = new ArrayList<>();
    static int[] y;

    /** Whitespace tokens and a hashed pseudo-embedding: enough to exercise every head's persistence. */
    static final class FakeEmbedder implements org.stancemap.embed.SentenceEmbedder {
        @Override
        public float[] embed(List<String> sentences) {
            Random r = new Random(String.join(" ", sentences).hashCode());
            float[] v = new float[8];
            double n = 0;
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) r.nextGaussian();
                n += v[i] * v[i];
            }
            for (int i = 0; i < v.length; i++) {
                v[i] /= (float) Math.sqrt(n);
            }
            return v;
        }

        @Override
        public List<float[]> embedAll(List<List<String>> texts) {
            return texts.stream().map(this::embed).toList();
        }

        @Override
        public String modelId() {
            return "fake";
        }

        @Override
        public int dimension() {
            return 8;
        }

        @Override
        public int maxWordPieces() {
            return 512;
        }
    }

    static final class Whitespace implements Analyzer {
        @Override
        public List<String> analyze(String text) {
            return Arrays.asList(text.toLowerCase().split("\\W+"));
        }

        @Override
        public List<String> sentences(String text) {
            return List.of(text);
        }

        @Override
        public AnalyzerSettings settings() {
            return AnalyzerSettings.defaults(AnalyzerSettings.Mode.FAST);
        }
    }

    static DocumentFactory factory = new DocumentFactory(new Whitespace(), false, new FakeEmbedder());
    static final List<String> TEXTS = List.of("surveillance control privacy", "policy goals effectiveness",
            "legal norms regulation", "firms regression employment", "privacy rights monitoring", "problems prospects design");

    @BeforeAll
    static void data() throws IOException {
        labels = LabelSet.read(Path.of("corpus/labels.json"));
        y = new int[] {0, 1, 2, 3, 0, 1};
        docs = factory.ofAll(TEXTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tfidf-lr", "zero-shot", "evidence", "embed-lr", "embed-mlp", "ensemble"})
    void savesAndReloadsToIdenticalOutputs(String head, @TempDir Path tmp) throws IOException {
        DocumentFactory f = factory.withSentenceVectors(Heads.needsSentenceVectors(head));
        List<Document> docs = f == factory ? AllHeadsRoundTripIT.docs : f.ofAll(TEXTS);
        StanceModel model = Heads.trainer(head, 3, f).fit(docs, y, labels);
        Manifest.EmbeddingInfo info = Heads.needsEmbeddings(head)
                ? new Manifest.EmbeddingInfo("fake", 8, "test", "probe", List.of(0.0)) : null;
        ReferenceSet ref = Heads.needsEmbeddings(head) ? new ReferenceSet(new ReferenceSet.Index(ReferenceSet.Index.VERSION, 8,
                List.of("a", "b"), List.of("surveillance-critical", "policy-evaluative"), List.of("x", "y")),
                new float[][] {docs.get(0).embedding(), docs.get(1).embedding()}) : null;
        Manifest draft = new Manifest(Manifest.FORMAT, Manifest.FORMAT_VERSION, null, "2026-01-01T00:00:00Z", "test",
                new Manifest.LabelSetRef(labels.id(), labels.names(), BundleWriter.LABELS), List.of(), Map.of(),
                AnalyzerSettings.defaults(AnalyzerSettings.Mode.FAST), info, head,
                JsonNodeFactory.instance.objectNode(), 3L, Map.of(), Map.of(), null, null);
        BundleWriter.write(tmp.resolve("b"), false, draft,
                new BundleContents(labels, model, org.stancemap.eval.CalibrationFit.uncalibrated(0.9), ref, null));
        ModelBundle back = BundleReader.read(tmp.resolve("b"));
        assertEquals(head, back.head().head());
        for (Document d : docs) {
            assertArrayEquals(model.logits(d), back.head().logits(d), 0.0, head);
        }
        if (ref != null) {
            assertEquals("a", back.reference().nearest(docs.get(0).embedding()).id());
        }
    }
}
