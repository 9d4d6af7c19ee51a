package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps {@code corpus/seed.jsonl} and the seed copy in step. */
class SeedCorpusTest {

    /** SHA-256 of /work/shared/seeds/000_6683469129a847d7.txt, the export the copy was taken from. */
    private static final String SEED_SHA256 = "c28733e6cfacfb06fe45876f898cc49838c2b56b498ddfafb0e86595f34b1412";

    @Test
    void seedCopyIsTheOriginalExport() throws IOException, NoSuchAlgorithmException {
        byte[] bytes = Files.readAllBytes(Readers.SEED);
        assertEquals(SEED_SHA256, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    }

    @Test
    void checkedInFileIsExactlyWhatTheGeneratorWrites() throws IOException {
        List<String> expected = SeedCorpus.rows().stream().map(SeedCorpusTest::json).toList();
        String file = Files.readString(SeedCorpus.JSONL, StandardCharsets.UTF_8);
        assertEquals(String.join("\n", expected) + "\n", file,
                "corpus/seed.jsonl is stale: run SeedCorpus.main from the project directory");
    }

    @Test
    void everyFieldMatchesTheExportAndTheCodebook() throws IOException {
        List<AbstractRecord> export = Readers.drain(RDiscoveryReader.open(Readers.SEED)).records();
        Readers.Drained seed = Readers.drain(JsonlReader.open(SeedCorpus.JSONL));
        assertEquals(List.of(), seed.rejects());
        assertEquals(15, seed.records().size());
        for (int i = 0; i < export.size(); i++) {
            AbstractRecord e = export.get(i);
            AbstractRecord s = seed.records().get(i);
            assertEquals(e.doi(), s.id(), "id is the DOI");
            assertEquals(CsvWriter.rowOf(e).subList(1, 8), CsvWriter.rowOf(s).subList(1, 8), "record " + i);
            assertEquals(SeedCorpus.GOLD.get(e.doi()), s.label(), e.doi());
        }
    }

    @Test
    void labelCountsAndWorksAreThoseOfTheCodebook() throws IOException {
        List<AbstractRecord> seed = Readers.drain(JsonlReader.open(SeedCorpus.JSONL)).records();
        Map<String, Long> counts = seed.stream().collect(Collectors.groupingBy(
                r -> r.label() == null ? "unlabelled" : r.label(), TreeMap::new, Collectors.counting()));
        assertEquals(Map.of("policy-evaluative", 6L, "surveillance-critical", 3L, "legal-descriptive", 3L,
                "economic-empirical", 2L, "unlabelled", 1L), counts);
        assertEquals(List.of("10.2139/ssrn.3286666", "10.1017/s1744137419000754"),
                seed.stream().filter(r -> r.work() != null).map(AbstractRecord::doi).toList());
        assertTrue(seed.stream().filter(r -> r.work() != null).allMatch(r -> r.work().equals("10.1017/s1744137419000754")));
    }

    @Test
    void unlabelledRecordSaysWhyInTheFile() throws IOException {
        List<JsonNode> lines = Files.readAllLines(SeedCorpus.JSONL).stream().map(SeedCorpusTest::tree).toList();
        JsonNode unlabelled = lines.stream().filter(n -> n.get("doi").asText().equals("10.2139/ssrn.3832439")).findFirst().orElseThrow();
        assertTrue(unlabelled.has("label") && unlabelled.get("label").isNull(), "label:null is explicit");
        assertEquals(SeedCorpus.UNLABELLED_NOTE, unlabelled.get("label_note").asText());
        assertEquals(1, lines.stream().filter(n -> n.has("label_note")).count());
        assertTrue(lines.stream().allMatch(n -> n.has("title") && n.has("work") && n.has("citations") && !n.has("source")));
        JsonNode titleOnly = lines.get(10);
        assertEquals(titleOnly.get("text"), titleOnly.get("title"));
        assertFalse(lines.get(0).get("title").isTextual());
        assertNull(lines.get(0).get("venue").textValue());
    }

    private static String json(Map<String, Object> row) {
        try {
            return Json.mapper().writeValueAsString(row);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode tree(String line) {
        try {
            return Json.mapper().readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
