package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.corpus.TextLimit;
import org.stancemap.report.Results;

/**
 * What classify writes about each record's input: title-only records classified on their title,
 * texts cut to the analysis limit, repeated ids, languages, unpaired surrogates rejected (not a
 * crashed run), and formula-like CSV cells guarded; in JSONL and CSV, and still readable by the
 * report. The input is a hand-made fixture built in the test (the long text is generated).
 */
class InputChecksEndToEndTest {

    @TempDir
    static Path tmp;
    static Path bundle;
    static Path input;

    @BeforeAll
    static void setUp() throws IOException {
        bundle = tmp.resolve("model");
        assertEquals(0, CliRunner.run("train", "--corpus", "corpus/seed.jsonl", "--out", bundle.toString(),
                "--model", "tfidf-lr", "--analyzer", "fast", "--cv", "none").code());
        String longText = "FIXTURE: the credit system is evaluated against its goals in pilot cities. "
                .repeat(TextLimit.MAX_CHARS / 60);
        input = tmp.resolve("checks.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"id\":\"ok-1\",\"text\":\"FIXTURE: the social credit system is evaluated against its stated goals.\"}",
                "{\"id\":\"title-1\",\"title\":\"FIXTURE: Scoring citizens and firms in pilot cities\"}",
                "{\"id\":\"bad\",\"title\":\"FIXTURE \\ud800\",\"text\":\"FIXTURE: a lone surrogate in the title.\"}",
                "{\"id\":\"ok-1\",\"text\":\"FIXTURE: courts publish blacklists of judgment defaulters.\"}",
                "{\"id\":\"long\",\"text\":\"" + longText + "\"}",
                "{\"id\":\"de-1\",\"text\":\"FIXTURE: Dieser Beitrag untersucht, wie das Sozialkreditsystem Unternehmen"
                        + " und Bürger bewertet, und zeigt, dass die schwarzen Listen die staatliche Überwachung ausweiten.\"}",
                "{\"id\":\"=HYPERLINK(\\\"http://example.invalid\\\")\",\"text\":\"FIXTURE: a record whose id looks like a"
                        + " spreadsheet formula.\"}",
                ""), StandardCharsets.UTF_8);
    }

    @Test
    void jsonlCarriesTheInputChecksAndTheReportStillReadsIt() throws IOException {
        Path out = tmp.resolve("out.jsonl");
        Path rejects = tmp.resolve("out.jsonl.rejects.jsonl");
        CliRunner.Run r = CliRunner.run("classify", input.toString(), "--model", bundle.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(r.err().contains("read 7, written 6, rejected 1, duplicates 0, duplicate ids 1, title-only 1,"
                + " truncated 1, non-English 1"), r.err());
        assertTrue(r.err().contains(input + ":4 repeats the id 'ok-1' of " + input + ":1"), r.err());
        Map<String, JsonNode> byId = BadInputTest.readJsonl(out).stream().filter(n -> !n.get("source").asText().endsWith(":4"))
                .collect(Collectors.toMap(n -> n.get("id").asText(), Function.identity()));
        JsonNode title = byId.get("title-1");
        assertTrue(title.get("title_only").asBoolean() && title.get("uncertain").asBoolean(), title.toString());
        assertFalse(byId.get("ok-1").get("title_only").asBoolean());
        assertTrue(byId.get("long").get("truncated").asBoolean());
        assertFalse(byId.get("ok-1").get("truncated").asBoolean());
        assertEquals("de", byId.get("de-1").get("language").asText());
        assertTrue(byId.get("de-1").get("uncertain").asBoolean(), "non-English records are uncertain");
        assertEquals("en", byId.get("ok-1").get("language").asText());
        JsonNode dup = BadInputTest.readJsonl(out).stream().filter(n -> n.get("source").asText().endsWith(":4")).findFirst()
                .orElseThrow();
        assertEquals(input + ":1", dup.get("duplicate_id_of").asText());
        assertNull(byId.get("ok-1").get("duplicate_id_of"));

        List<JsonNode> rej = BadInputTest.readJsonl(rejects);
        assertEquals(1, rej.size());
        assertEquals(3, rej.get(0).get("line").asLong());
        assertTrue(rej.get(0).get("reason").asText().contains("field 'title' holds an unpaired surrogate"), rej.toString());

        Results results = Results.read(List.of(out));
        assertEquals(6, results.records().size());
    }

    @Test
    void csvCarriesTheSameColumnsAndGuardsFormulas() throws IOException {
        Path out = tmp.resolve("out.csv");
        CliRunner.Run r = CliRunner.run("classify", input.toString(), "--model", bundle.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(","));
        assertTrue(header.containsAll(List.of("duplicate_id_of", "title_only", "truncated", "language")), header.toString());
        String formula = lines.stream().filter(l -> l.contains("HYPERLINK")).findFirst().orElseThrow();
        assertTrue(formula.startsWith("\"'=HYPERLINK("), formula);
        Map<String, String> titleRow = csvRows(out).stream().filter(row -> row.get("id").equals("title-1")).findFirst()
                .orElseThrow();
        assertEquals("true", titleRow.get("title_only"), titleRow.toString());
        assertEquals("false", titleRow.get("truncated"), titleRow.toString());
        assertTrue(List.of("en", "und").contains(titleRow.get("language")), titleRow.toString());
        // a tf-idf bundle keeps no reference set: the shift columns are empty
        assertEquals("", titleRow.get("nearest_similarity"), titleRow.toString());
        assertEquals("", titleRow.get("far_from_labelled"), titleRow.toString());
    }

    @Test
    void aFiveMegabyteAbstractIsCutBeforeAnalysis() throws IOException {
        Path big = tmp.resolve("big.jsonl");
        String text = "FIXTURE: the credit system is evaluated against its goals in pilot cities. ".repeat(5_000_000 / 75);
        Files.writeString(big, "{\"id\":\"big\",\"text\":\"" + text + "\"}\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("big.out.jsonl");
        CliRunner.Run r = CliRunner.run("classify", big.toString(), "--model", bundle.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(r.err().contains("truncated 1"), r.err());
        assertTrue(BadInputTest.readJsonl(out).get(0).get("truncated").asBoolean());
    }

    /** The rows of a CSV file by column name. */
    static List<Map<String, String>> csvRows(Path file) throws IOException {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            return it.readAll();
        }
    }
}
