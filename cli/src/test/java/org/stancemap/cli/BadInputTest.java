package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input lands in the rejects file with its file, line and reason, and the counts
 * add up. The input is a hand-made fixture (not real abstracts), built in the test so that the
 * invalid UTF-8 bytes are exact.
 */
class BadInputTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path bundle;
    static Path input;

    @BeforeAll
    static void setUp() throws IOException {
        bundle = tmp.resolve("model");
        assertEquals(0, CliRunner.run("train", "--corpus", "corpus/seed.jsonl", "--out", bundle.toString(),
                "--model", "tfidf-lr", "--analyzer", "fast", "--cv", "none").code());
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        line(b, "{\"id\":\"ok-1\",\"text\":\"FIXTURE: the credit system is evaluated against its goals.\"}");
        line(b, "{\"id\":\"bad-json\",\"text\":\"unterminated");
        line(b, "{\"id\":\"empty\",\"text\":\"   \"}");
        line(b, "{\"id\":\"bad-label\",\"text\":\"FIXTURE: a text.\",\"label\":\"pro-government\"}");
        b.write("{\"id\":\"bad-utf8\",\"text\":\"FIXTURE: caf".getBytes(StandardCharsets.UTF_8));
        b.write(new byte[] {(byte) 0xC3, (byte) 0x28});
        line(b, "\"}");
        line(b, "[1, 2, 3]");
        line(b, "{\"id\":\"ok-2\",\"abstract\":\"FIXTURE: firms and loans in pilot cities.\",\"label\":\"Economic-Empirical\"}");
        line(b, "{\"id\":\"dup\",\"text\":\"FIXTURE: the credit system is evaluated against its goals.\"}");
        input = tmp.resolve("broken.jsonl");
        Files.write(input, b.toByteArray());
    }

    static void line(ByteArrayOutputStream b, String s) throws IOException {
        b.write((s + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static List<JsonNode> readJsonl(Path p) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String l : Files.readAllLines(p)) {
            out.add(JSON.readTree(l));
        }
        return out;
    }

    @Test
    void everyBadRecordIsRejectedWithFileLineAndReason() throws IOException {
        Path out = tmp.resolve("out.jsonl");
        Path rejects = tmp.resolve("rejects.jsonl");
        CliRunner.Run r = CliRunner.run("classify", input.toString(), "--model", bundle.toString(), "--out", out.toString(),
                "--rejects", rejects.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.err().contains("read 8, written 3, rejected 5, duplicates 1"), r.err());
        assertTrue(r.err().contains("duplicate: " + input + ":8 repeats the text of " + input + ":1"), r.err());
        List<JsonNode> written = readJsonl(out);
        assertEquals(List.of("ok-1", "ok-2", "dup"), written.stream().map(n -> n.get("id").asText()).toList());
        assertEquals("economic-empirical", written.get(1).get("gold").asText(), "labels are normalised");
        assertEquals(input + ":1", written.get(2).get("duplicate_of").asText());
        List<JsonNode> rej = readJsonl(rejects);
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L), rej.stream().map(n -> n.get("line").asLong()).toList());
        for (JsonNode n : rej) {
            assertEquals(input.toString(), n.get("file").asText());
            assertFalse(n.get("reason").asText().isBlank());
            assertFalse(n.get("raw").asText().isBlank());
        }
        assertTrue(rej.get(2).get("reason").asText().contains("unknown label 'pro-government'"), rej.get(2).toString());
        assertTrue(rej.get(3).get("reason").asText().contains("invalid UTF-8"), rej.get(3).toString());
        assertEquals(written.size() + rej.size(), 8);
    }

    @Test
    void strictTurnsRejectsIntoAFailingExitCode() {
        Path out = tmp.resolve("strict.jsonl");
        CliRunner.Run r = CliRunner.run("classify", input.toString(), "--model", bundle.toString(), "--out", out.toString(),
                "--strict");
        assertEquals(ExitCodes.FAILURE, r.code(), r.toString());
        assertTrue(r.err().contains("--strict: 5 record(s) rejected"), r.err());
        assertTrue(Files.exists(Path.of(out + ".rejects.jsonl")), "the rejects are still written");
    }

    @Test
    void trainingReportsCorpusRejectsAndStrictFails() {
        CliRunner.Run r = CliRunner.run("train", "--corpus", "corpus/seed.jsonl", input.toString(), "--out",
                tmp.resolve("m2").toString(), "--model", "tfidf-lr", "--analyzer", "fast", "--cv", "none");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.err().contains("rejected " + input + ":4: unknown label 'pro-government'"), r.err());
        CliRunner.Run s = CliRunner.run("train", "--corpus", "corpus/seed.jsonl", input.toString(), "--out",
                tmp.resolve("m3").toString(), "--model", "tfidf-lr", "--analyzer", "fast", "--cv", "none", "--strict");
        assertEquals(ExitCodes.FAILURE, s.code(), s.toString());
        assertFalse(Files.exists(tmp.resolve("m3")));
    }

    @Test
    void anUnknownInputExtensionNamesTheFileAndTheFix() throws IOException {
        Path odd = tmp.resolve("abstracts.xml");
        Files.writeString(odd, "<x/>");
        CliRunner.Run r = CliRunner.run("classify", odd.toString(), "--model", bundle.toString(), "--out",
                tmp.resolve("o.jsonl").toString());
        assertEquals(ExitCodes.FAILURE, r.code(), r.toString());
        assertTrue(r.err().contains(odd.toString()) && r.err().contains("--format"), r.err());
    }
}
