package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stancemap topics show} on a model trained from the real seed corpus. */
class TopicsShowCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path dir;

    @BeforeAll
    static void trainOnce() {
        dir = tmp.resolve("topics");
        CliRunner.Run r = TopicsTrainCommandTest.train(dir, 4, "--seed", "3", "-q");
        assertEquals(0, r.code(), r.toString());
    }

    static Set<String> seedIds() throws IOException {
        Set<String> ids = new HashSet<>();
        for (JsonNode rec : PipelineEndToEndIT.readJsonl(Path.of(PipelineEndToEndIT.SEED_JSONL))) {
            ids.add(rec.get("id").asText());
        }
        return ids;
    }

    @Test
    void printsEveryTopicWithWordsCoherenceAndTypicalAbstracts() {
        CliRunner.Run r = CliRunner.run("topics", "show", dir.toString(), "--words", "6");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("4 topics over 15 documents"), r.out());
        assertTrue(r.out().contains("analyzer fast"), r.out());
        for (int t = 0; t < 4; t++) {
            assertTrue(r.out().contains("\nTopic " + t + "  "), "topic " + t + " missing:\n" + r.out());
        }
        List<String> top = r.out().lines().filter(l -> l.startsWith("  top words:")).toList();
        assertEquals(4, top.size());
        for (String line : top) {
            assertEquals(6, line.substring("  top words:".length()).strip().split(" ").length, line);
        }
        assertEquals(4, r.out().lines().filter(l -> l.matches("Topic \\d.* NPMI -?\\d\\.\\d{3}  UMass -\\d+\\.\\d\\d")).count(),
                r.out());
        assertEquals(12, r.out().lines().filter(l -> l.startsWith("  typical ")).count(), r.out());
    }

    @Test
    void jsonHasPrevalencesSummingToOneRelevantWordsAndTypicalCorpusIds() throws IOException {
        Path json = tmp.resolve("show.json");
        CliRunner.Run r = CliRunner.run("topics", "show", dir.toString(), "--json", json.toString());
        assertEquals(0, r.code(), r.toString());
        JsonNode root = JSON.readTree(json.toFile());
        assertEquals(0.6, root.get("lambda").asDouble());
        assertEquals("fast", root.get("provenance").get("analyzer").get("mode").asText());
        JsonNode topics = root.get("topics");
        assertEquals(4, topics.size());
        Set<String> ids = seedIds();
        double prevalence = 0;
        for (JsonNode t : topics) {
            prevalence += t.get("prevalence").asDouble();
            assertEquals(10, t.get("top_words").size());
            assertEquals(10, t.get("relevant_words").size());
            double npmi = t.get("npmi").asDouble();
            assertTrue(npmi >= -1 && npmi <= 1, t.toString());
            assertTrue(t.get("umass").asDouble() <= 0, t.toString());
            assertEquals(3, t.get("typical").size());
            for (JsonNode d : t.get("typical")) {
                assertTrue(ids.contains(d.get("id").asText()), d.toString());
                assertFalse(d.get("start").asText().isBlank());
            }
        }
        assertEquals(1.0, prevalence, 1e-9);
    }

    @Test
    void lambdaOneRanksRelevantWordsByProbabilityAndZeroByLift() throws IOException {
        Path json = tmp.resolve("lambda1.json");
        assertEquals(0, CliRunner.run("topics", "show", dir.toString(), "--lambda", "1", "--json", json.toString()).code());
        Path json0 = tmp.resolve("lambda0.json");
        assertEquals(0, CliRunner.run("topics", "show", dir.toString(), "--lambda", "0", "--json", json0.toString()).code());
        boolean anyDiffers = false;
        JsonNode at0 = JSON.readTree(json0.toFile()).get("topics");
        JsonNode at1 = JSON.readTree(json.toFile()).get("topics");
        for (int t = 0; t < at1.size(); t++) {
            assertEquals(words(at1.get(t).get("top_words")), words(at1.get(t).get("relevant_words")));
            anyDiffers |= !words(at0.get(t).get("top_words")).equals(words(at0.get(t).get("relevant_words")));
        }
        assertTrue(anyDiffers, "at lambda 0 (lift) relevance reorders some topic's words");
    }

    private static List<String> words(JsonNode weighted) {
        List<String> out = new ArrayList<>();
        weighted.forEach(w -> out.add(w.get("word").asText()));
        return out;
    }

    @Test
    void withTheCorpusTypicalAbstractsShowTheirFirstWords() throws IOException {
        Path json = tmp.resolve("quoted.json");
        CliRunner.Run r = CliRunner.run("topics", "show", dir.toString(), "--corpus", PipelineEndToEndIT.SEED_JSONL,
                "--json", json.toString());
        assertEquals(0, r.code(), r.toString());
        List<String> texts = new ArrayList<>();
        for (JsonNode rec : PipelineEndToEndIT.readJsonl(Path.of(PipelineEndToEndIT.SEED_JSONL))) {
            texts.add(rec.get("text").asText().strip());
        }
        for (JsonNode t : JSON.readTree(json.toFile()).get("topics")) {
            for (JsonNode d : t.get("typical")) {
                String start = d.get("start").asText().replace(" ...", "");
                assertTrue(texts.stream().anyMatch(x -> x.replaceAll("\\s+", " ").startsWith(start)), start);
            }
        }
    }

    @Test
    void invalidLambdaOrWordsAreUsageErrors() {
        assertEquals(ExitCodes.USAGE, CliRunner.run("topics", "show", dir.toString(), "--lambda", "1.5").code());
        assertEquals(ExitCodes.USAGE, CliRunner.run("topics", "show", dir.toString(), "--words", "0").code());
        CliRunner.Run missing = CliRunner.run("topics", "show", tmp.resolve("nothing").toString());
        assertEquals(ExitCodes.FAILURE, missing.code());
        assertTrue(missing.err().contains("nothing: no topic model there"), missing.err());
    }
}
