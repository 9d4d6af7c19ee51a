package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stancemap topics select} on the real seed corpus. */
class TopicsSelectCommandTest {
    @TempDir
    Path tmp;

    static CliRunner.Run select(String... more) {
        List<String> args = new ArrayList<>(List.of("topics", "select", "--corpus", PipelineEndToEndIT.SEED_JSONL,
                "--iterations", "50", "--seed", "5"));
        args.addAll(List.of(more));
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void reportsEveryCandidateAndARecommendedKAmongThem() throws IOException {
        Path json = tmp.resolve("select.json");
        CliRunner.Run r = select("--k", "2..4:1", "--json", json.toString());
        assertEquals(0, r.code(), r.toString());
        for (int k = 2; k <= 4; k++) {
            assertTrue(r.out().contains("K=" + k + ": mean NPMI "), "progress line for K=" + k + "\n" + r.out());
        }
        List<String> rows = r.out().lines().filter(l -> l.matches(" +[2-4]  .*")).toList();
        assertEquals(3, rows.size(), r.out());
        assertEquals(1, rows.stream().filter(l -> l.endsWith("<- recommended")).count(), r.out());

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        JsonNode candidates = root.get("candidates");
        assertEquals(3, candidates.size());
        List<Integer> ks = new ArrayList<>();
        for (JsonNode c : candidates) {
            ks.add(c.get("k").asInt());
            double perplexity = c.get("perplexity").asDouble();
            assertTrue(perplexity > 1 && Double.isFinite(perplexity), c.toString());
            assertTrue(c.get("held_out_tokens").asLong() > 0, c.toString());
        }
        assertEquals(List.of(2, 3, 4), ks);
        int recommended = root.get("recommended_k").asInt();
        assertTrue(ks.contains(recommended), "recommended " + recommended);
        assertTrue(r.out().contains("recommended K: " + recommended + "\nwhy: K=" + recommended), r.out());
        assertEquals(13 + 2, root.get("train_documents").asInt() + root.get("held_out_documents").asInt());
        assertEquals("fast", root.get("analyzer").get("mode").asText());
        assertEquals(1, root.get("settings").get("threads").asInt());
    }

    @Test
    void quietLeavesOnlyTheTable() {
        CliRunner.Run r = select("--k", "2..3:1", "--quiet");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().lines().noneMatch(l -> l.startsWith("K=")), r.out());
        assertTrue(r.out().contains("recommended K: "), r.out());
    }

    @Test
    void aRangeWithoutStepNotesWhichKsItGives() {
        CliRunner.Run r = select("--k", "2..4", "-q");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.err().contains("gives K = [2]"), r.err());
    }

    @Test
    void badRangesAreUsageErrors() {
        for (String bad : List.of("0", "5-40", "0..4", "9..3", "2..4:0")) {
            CliRunner.Run r = select("--k", bad);
            assertEquals(ExitCodes.USAGE, r.code(), bad + "\n" + r);
            assertTrue(r.err().contains("Invalid K range: '" + bad + "'"), r.err());
        }
        CliRunner.Run tooMany = select("--k", "999..1001:2");
        assertEquals(ExitCodes.USAGE, tooMany.code(), tooMany.toString());
        assertTrue(tooMany.err().contains("Invalid --k: 1001"), tooMany.err());
    }

    @Test
    void missingCorpusFileFailsNamingIt() {
        CliRunner.Run r = CliRunner.run("topics", "select", "--corpus", "absent.jsonl", "--k", "2..3:1");
        assertEquals(ExitCodes.FAILURE, r.code(), r.toString());
        assertTrue(r.err().contains("absent.jsonl: no such corpus file"), r.err());
    }
}
