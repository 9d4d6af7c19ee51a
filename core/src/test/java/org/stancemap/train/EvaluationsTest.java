package org.stancemap.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.bundle.BundleReader;
import org.stancemap.bundle.ModelBundle;
import org.stancemap.corpus.LoadedCorpus;
import org.stancemap.eval.CvSpec;
import org.stancemap.eval.LearningCurve;
import org.stancemap.eval.TrainingSize;

/** Held-out evaluation and cross-validation as the core runs them for {@code evaluate}. */
class EvaluationsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void heldOutEvaluationOfABundleOnLabelledRecords() throws IOException {
        TrainingRequest request = BundleTrainerTest.request("tfidf-lr", "none");
        BundleTrainer.train(request).write(tmp.resolve("b"), false);
        ModelBundle bundle = BundleReader.read(tmp.resolve("b"));
        HeldOutEvaluation.Result r = HeldOutEvaluation.evaluate(bundle, request.corpus(), null, 42);
        assertEquals(bundle.modelId(), r.model());
        assertEquals(r.records(), r.metrics().n());
        assertEquals(request.labels().names(), r.metrics().labels());
        assertTrue(r.macroF1Ci().lower() <= r.metrics().macroF1() && r.metrics().macroF1() <= r.macroF1Ci().upper());
        JsonNode json = JSON.valueToTree(r);
        assertEquals(List.of("mode", "model", "gold", "metrics", "uncalibrated", "macroF1Ci", "accuracyCi", "baseline",
                "conformalCoverage", "meanSetSize", "riskCoverage", "grouping"), fields(json));
        assertEquals("held-out", json.get("mode").asText());
    }

    @Test
    void noLabelledRecordIsRefused() throws IOException {
        TrainingRequest request = BundleTrainerTest.request("tfidf-lr", "none");
        BundleTrainer.train(request).write(tmp.resolve("b"), false);
        LoadedCorpus none = new LoadedCorpus(List.of(), List.of(), request.corpus().files());
        TrainingException e = assertThrows(TrainingException.class,
                () -> HeldOutEvaluation.evaluate(BundleReader.read(tmp.resolve("b")), none, null, 42));
        assertEquals("no labelled record in [corpus/seed.jsonl]: nothing to evaluate", e.getMessage());
    }

    @Test
    void crossValidationComparesTheHeadsAndDrawsALearningCurve() throws IOException {
        TrainingRequest t = BundleTrainerTest.request("tfidf-lr", null);
        var request = new CrossValidationEvaluation.Request(t.corpus(), t.labels(), t.analyzer(), List.of("tfidf-lr"),
                new CvSpec(3), null, t.embedding(), 0, null, 42, 0.9);
        CrossValidationEvaluation.Result r = CrossValidationEvaluation.run(request);
        assertEquals("tfidf-lr", r.result().head());
        assertEquals(1, r.results().size());
        assertNull(r.embedding(), "no head read embeddings");
        assertEquals(List.of("mode", "corpus", "analyzer", "embedding", "result", "results", "comparison"),
                fields(JSON.valueToTree(r)));
        List<LearningCurve.Point> curve = CrossValidationEvaluation.learningCurve(r, t.labels(),
                new LearningCurve.Options(List.of(TrainingSize.parse("100%")), 1, 42));
        assertEquals(1, curve.size());
        assertEquals("learningCurve", fields(JSON.valueToTree(r.withLearningCurve(curve))).get(7));
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
