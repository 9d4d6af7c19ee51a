package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default training path on the real seed corpus: every head cross-validated, the best chosen and
 * calibrated, classify output with prediction sets, uncertainty and explanations.
 */
class EmbeddingModelEndToEndIT {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path bundle;
    static Path cache;
    static CliRunner.Run training;

    @BeforeAll
    static void train() {
        bundle = tmp.resolve("auto");
        cache = tmp.resolve("cache");
        training = CliRunner.run("train", "--corpus", "corpus/seed.jsonl", "--out", bundle.toString(), "--analyzer", "fast",
                "--cache-dir", cache.toString());
        assertEquals(0, training.code(), training.toString());
    }

    @Test
    void everyHeadIsComparedAndTheChoiceRecorded() throws IOException {
        for (String head : List.of("tfidf-lr", "zero-shot", "evidence", "embed-lr", "embed-mlp", "ensemble")) {
            assertTrue(training.out().contains(head + " "), head + " missing:\n" + training.out());
        }
        JsonNode m = JSON.readTree(bundle.resolve("manifest.json").toFile());
        JsonNode selection = m.get("metrics").get("selection");
        assertEquals(m.get("head").asText(), selection.get("chosen").asText());
        assertEquals(6, selection.get("candidates").size());
        // 13 labelled works are too few for a head that learns from them: the first prior head is kept
        assertEquals("evidence", selection.get("chosen").asText());
        assertTrue(selection.get("rule").asText().contains("at least 30 labelled works"), selection.toString());
        assertEquals("bge-small-en-v1.5-q", m.get("embedding").get("model").asText());
        assertEquals(384, m.get("embedding").get("dimension").asInt());
        assertTrue(m.get("metrics").get("calibration").get("empiricalCoverage").isNumber());
        try (var files = Files.list(cache)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().matches("bge-small-en-v1\\.5-q-w510-[0-9a-f]{16}\\.emb")),
                    "embeddings were cached, keyed by the model's fingerprint");
        }
    }

    @Test
    void classifyWritesSetsUncertaintyAndExplanations() throws IOException {
        Path out = tmp.resolve("r.jsonl");
        CliRunner.Run r = CliRunner.run("classify", "corpus/seed-rdiscovery-000_6683469129a847d7.txt", "--model",
                bundle.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.toString());
        List<String> lines = Files.readAllLines(out);
        assertEquals(15, lines.size());
        JsonNode calibration = JSON.readTree(bundle.resolve("calibration.json").toFile());
        double threshold = calibration.get("uncertain_threshold").asDouble();
        boolean setsFlag = calibration.get("conformal").get("n").asInt() >= 30;
        for (String line : lines) {
            JsonNode rec = JSON.readTree(line);
            JsonNode set = rec.get("prediction_set");
            assertNotNull(set, line);
            assertTrue(set.size() >= 1 && set.size() <= 4, line);
            boolean inSet = false;
            for (JsonNode s : set) {
                inSet |= s.asText().equals(rec.get("label").asText());
            }
            assertTrue(inSet, "the predicted label is in its prediction set: " + line);
            boolean flagged = rec.get("title_only").asBoolean() || !rec.get("language").asText().matches("en|und")
                    || rec.get("far_from_labelled").asBoolean();
            assertEquals((setsFlag && set.size() > 1) || rec.get("confidence").asDouble() < threshold || flagged,
                    rec.get("uncertain").asBoolean(), line);
            JsonNode nearest = rec.get("explanation").get("nearest");
            assertNotNull(nearest, line);
            assertTrue(nearest.get("similarity").asDouble() > 0.3, line);
        }
        // a labelled training abstract's nearest labelled abstract is itself
        JsonNode first = JSON.readTree(lines.get(0));
        assertEquals("10.2991/emim-15.2015.125", first.get("explanation").get("nearest").get("id").asText());
        assertEquals(1.0, first.get("explanation").get("nearest").get("similarity").asDouble(), 1e-4);
    }

    @Test
    void aBundleWhoseEmbeddingModelDiffersIsRefused() throws IOException {
        Path copy = tmp.resolve("tampered");
        Files.createDirectories(copy);
        try (var files = Files.list(bundle)) {
            for (Path p : files.toList()) {
                Files.copy(p, copy.resolve(p.getFileName()));
            }
        }
        ObjectNode m = (ObjectNode) JSON.readTree(copy.resolve("manifest.json").toFile());
        ArrayNode fp = (ArrayNode) m.get("embedding").get("fingerprint");
        fp.set(0, fp.get(0).asDouble() + 0.01);
        Files.writeString(copy.resolve("manifest.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(m));
        CliRunner.Run r = CliRunner.run("classify", "corpus/seed.jsonl", "--model", copy.toString(), "--out",
                tmp.resolve("never.jsonl").toString());
        assertEquals(ExitCodes.FAILURE, r.code(), r.toString());
        assertTrue(r.err().contains("differs from the one it was trained with"), r.err());
        assertFalse(Files.exists(tmp.resolve("never.jsonl")));
    }

    @Test
    void zeroShotNeedsNoLabelledCorpus() throws IOException {
        Path zs = tmp.resolve("zero-shot");
        CliRunner.Run t = CliRunner.run("train", "--model", "zero-shot", "--out", zs.toString(), "--analyzer", "fast",
                "--cache-dir", cache.toString());
        assertEquals(0, t.code(), t.toString());
        assertTrue(t.out().contains("zero-shot model from the label set"), t.out());
        Path out = tmp.resolve("zs.jsonl");
        CliRunner.Run r = CliRunner.run("classify", "corpus/seed.jsonl", "--model", zs.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.toString());
        List<String> lines = Files.readAllLines(out);
        assertEquals(15, lines.size());
        int correct = 0;
        int labelled = 0;
        for (String line : lines) {
            JsonNode rec = JSON.readTree(line);
            assertEquals(4, rec.get("prediction_set").size(), "no calibration data: the set holds every label");
            assertTrue(rec.get("uncertain").asBoolean());
            if (rec.hasNonNull("gold")) {
                labelled++;
                correct += rec.get("gold").asText().equals(rec.get("label").asText()) ? 1 : 0;
            }
        }
        assertEquals(14, labelled);
        assertTrue(correct >= 5, "zero-shot beats the 3.5 of 14 that chance would give: " + correct);
    }

    @Test
    void aBundleWithATopicModelWritesEachAbstractsTopicMix() throws IOException {
        Path withTopics = tmp.resolve("topics");
        CliRunner.Run t = CliRunner.run("train", "--corpus", "corpus/seed.jsonl", "--out", withTopics.toString(),
                "--model", "embed-lr-topics", "--k", "3", "--topic-iterations", "100", "--analyzer", "fast",
                "--cache-dir", cache.toString());
        assertEquals(0, t.code(), t.toString());
        assertTrue(Files.exists(withTopics.resolve("topic-model.json")));
        Path out = tmp.resolve("topics.jsonl");
        CliRunner.Run r = CliRunner.run("classify", "corpus/seed.jsonl", "--model", withTopics.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.toString());
        for (String line : Files.readAllLines(out)) {
            JsonNode topics = JSON.readTree(line).get("topics");
            assertEquals(3, topics.size(), line);
            double previous = 1;
            for (JsonNode topic : topics) {
                assertTrue(topic.get("weight").asDouble() <= previous, "largest share first: " + line);
                previous = topic.get("weight").asDouble();
                assertEquals(3, topic.get("label").asText().split("/").length, line);
            }
        }
        // the same text always gets the same mix
        Path again = tmp.resolve("topics-again.jsonl");
        assertEquals(0, CliRunner.run("classify", "corpus/seed.jsonl", "--model", withTopics.toString(), "--out",
                again.toString(), "--threads", "1").code());
        assertEquals(Files.readString(out), Files.readString(again));
    }

    @Test
    void evaluateShowsEmbedLrWithAndWithoutTopicFeatures() {
        CliRunner.Run r = CliRunner.run("evaluate", "--corpus", "corpus/seed.jsonl", "--cv", "loo", "--head",
                "embed-lr,embed-lr-topics", "--k", "3", "--topic-iterations", "100", "--analyzer", "fast",
                "--cache-dir", cache.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("embed-lr "), r.out());
        assertTrue(r.out().contains("embed-lr-topics "), r.out());
    }

    @Test
    void retrainingFromTheCacheGivesTheSameBundle() throws IOException {
        Path again = tmp.resolve("again");
        CliRunner.Run r = CliRunner.run("train", "--corpus", "corpus/seed.jsonl", "--out", again.toString(),
                "--analyzer", "fast", "--cache-dir", cache.toString());
        assertEquals(0, r.code(), r.toString());
        JsonNode a = JSON.readTree(bundle.resolve("manifest.json").toFile());
        JsonNode b = JSON.readTree(again.resolve("manifest.json").toFile());
        assertEquals(a.get("model_id"), b.get("model_id"));
        for (var it = a.get("parts").fields(); it.hasNext(); ) {
            var e = it.next();
            assertEquals(e.getValue().asText(), DigestUtils.sha256Hex(Files.readAllBytes(again.resolve(e.getKey()))), e.getKey());
        }
    }
}
