package org.stancemap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stancemap diff} on bundles trained from the seed corpus. */
class DiffCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aBundleComparedWithItselfChangesNothing() throws IOException {
        SeedRun.ensure();
        Path json = dir.resolve("diff.json");
        Cli.Run r = Cli.ok("diff", "--old", SeedRun.BUNDLE.toString(), "--new", SeedRun.BUNDLE.toString(), "--in",
                SeedRun.SEED_RDISCOVERY.toString(), "--json", json.toString());
        assertTrue(r.out().contains("15 records, 0 changed label (0.0%)"), r.out());
        JsonNode d = JSON.readTree(json.toFile());
        assertEquals(0, d.get("changed").size());
        for (int i = 0; i < d.get("labels").size(); i++) {
            for (int j = 0; j < d.get("labels").size(); j++) {
                if (i != j) {
                    assertEquals(0, d.get("transitions").get(i).get(j).asInt(), "off-diagonal " + i + "," + j);
                }
            }
            assertEquals(0.0, d.get("shares").get(i).get("change").asDouble());
        }
    }

    @Test
    void bundlesTrainedOnDifferentDataReportExactlyTheRecordsWhoseLabelsDiffer() throws IOException {
        SeedRun.ensure();
        Path small = dir.resolve("small");
        Path part = dir.resolve("first-six.jsonl");
        java.nio.file.Files.write(part, java.nio.file.Files.readAllLines(SeedRun.SEED_JSONL).subList(0, 6));
        Cli.ok("train", "--corpus", part.toString(), "--out", small.toString(), "--model", "tfidf-lr", "--cv", "none", "--analyzer", "fast", "-q");

        // independently: classify the same abstracts with each bundle and compare the labels line by line
        Path a = dir.resolve("full.jsonl");
        Path b = dir.resolve("small.jsonl");
        Cli.ok("classify", SeedRun.SEED_RDISCOVERY.toString(), "--model", SeedRun.BUNDLE.toString(), "--out", a.toString(), "-q");
        Cli.ok("classify", SeedRun.SEED_RDISCOVERY.toString(), "--model", small.toString(), "--out", b.toString(), "-q");
        List<JsonNode> before = lines(a);
        List<JsonNode> after = lines(b);
        List<String> differ = IntStream.range(0, before.size())
                .filter(i -> !before.get(i).get("label").equals(after.get(i).get("label")))
                .mapToObj(i -> before.get(i).get("id").asText()).toList();
        assertFalse(differ.isEmpty(), "a model trained on six records must disagree somewhere, or this test proves nothing");

        Path json = dir.resolve("diff.json");
        Cli.Run r = Cli.ok("diff", "--old", SeedRun.BUNDLE.toString(), "--new", small.toString(), "--in",
                SeedRun.SEED_RDISCOVERY.toString(), "--json", json.toString(), "--threads", "1");
        JsonNode d = JSON.readTree(json.toFile());
        List<String> changed = new ArrayList<>();
        d.get("changed").forEach(c -> changed.add(c.get("id").asText()));
        assertEquals(differ, changed);
        assertTrue(r.out().contains("15 records, " + differ.size() + " changed label"), r.out());
        int offDiagonal = 0;
        for (int i = 0; i < d.get("labels").size(); i++) {
            for (int j = 0; j < d.get("labels").size(); j++) {
                offDiagonal += i == j ? 0 : d.get("transitions").get(i).get(j).asInt();
            }
        }
        assertEquals(differ.size(), offDiagonal);
        assertEquals(0.0, sum(d.get("shares"), "change"), 1e-12, "shares move between stances, their sum stays 1");
    }

    @Test
    void aMissingBundleIsAOneLineError() {
        Cli.Run r = Cli.run("diff", "--old", dir.resolve("nope").toString(), "--new", dir.resolve("nope").toString(), "--in",
                SeedRun.SEED_RDISCOVERY.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("nope: no model bundle there"), r.err());
    }

    private static double sum(JsonNode shares, String field) {
        double s = 0;
        for (JsonNode n : shares) {
            s += n.get(field).asDouble();
        }
        return s;
    }

    private static List<JsonNode> lines(Path p) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(p)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }
}
