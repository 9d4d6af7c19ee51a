package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code calibrate} on the shipped bundle, with the seed corpus as the user's labelled records. */
class CalibrateCommandIT {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void writesAValidBundleWhoseProvenanceNamesTheCalibrationFile() throws IOException {
        Path out = tmp.resolve("recalibrated");
        CliRunner.Run r = CliRunner.run("calibrate", "--model", "models/default", "--gold", "corpus/seed.jsonl", "--out",
                out.toString(), "--cache-dir", tmp.resolve("cache").toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("recalibrated on 14 labelled records in 13 works"), r.out());
        JsonNode m = JSON.readTree(out.resolve("manifest.json").toFile());
        JsonNode data = m.get("calibration_data");
        assertEquals("held-out", data.get("source").asText());
        assertEquals("corpus/seed.jsonl", data.get("files").get(0).get("file").asText());
        assertEquals(DigestUtils.sha256Hex(Files.readAllBytes(Path.of("corpus/seed.jsonl"))),
                data.get("files").get(0).get("sha256").asText());
        assertEquals(14, data.get("records").asInt());
        JsonNode original = JSON.readTree(Path.of("models/default/manifest.json").toFile());
        assertNotEquals(original.get("model_id"), m.get("model_id"));
        assertEquals(original.get("parts").get("evidence.json"), m.get("parts").get("evidence.json"), "the head is unchanged");
        // the new bundle loads, classifies, and says what its calibration rests on
        Path results = tmp.resolve("r.jsonl");
        CliRunner.Run c = CliRunner.run("classify", "corpus/seed.jsonl", "--model", out.toString(), "--out", results.toString(),
                "--quiet");
        assertEquals(0, c.code(), c.toString());
        assertTrue(c.err().contains("calibration rests on 14 labelled records in 13 works (held-out: corpus/seed.jsonl)"),
                c.err());
        assertEquals(15, Files.readAllLines(results).size());
    }

    @Test
    void refusesTooFewRecordsNamingTheReason() throws IOException {
        Path few = tmp.resolve("few.jsonl");
        Files.write(few, Files.readAllLines(Path.of("corpus/seed.jsonl")).subList(0, 5));
        CliRunner.Run r = CliRunner.run("calibrate", "--gold", few.toString(), "--out", tmp.resolve("x").toString(),
                "--cache-dir", tmp.resolve("cache").toString());
        assertEquals(ExitCodes.FAILURE, r.code(), r.toString());
        assertTrue(r.err().contains("at least 10 labelled records"), r.err());
        assertTrue(Files.notExists(tmp.resolve("x")));
    }

    @Test
    void trainCalibratesOnHeldOutRecordsWhenAsked() throws IOException {
        Path out = tmp.resolve("trained");
        Path held = tmp.resolve("held.jsonl");
        Files.write(held, Files.readAllLines(Path.of("corpus/seed.jsonl")).subList(0, 12));
        CliRunner.Run r = CliRunner.run("train", "--corpus", "corpus/seed.jsonl", "--model", "evidence", "--out", out.toString(),
                "--calibrate-on", held.toString(), "--cache-dir", tmp.resolve("cache").toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("calibrated on 12 held-out labelled records"), r.out());
        JsonNode data = JSON.readTree(out.resolve("manifest.json").toFile()).get("calibration_data");
        assertEquals("held-out", data.get("source").asText());
        assertEquals(held.toString(), data.get("files").get(0).get("file").asText());
        assertEquals(12, data.get("records").asInt());
        JsonNode calibration = JSON.readTree(out.resolve("calibration.json").toFile());
        assertEquals("temperature", calibration.get("kind").asText());
        assertTrue(calibration.get("method").asText().startsWith("recalibrated on 12 held-out labelled records"),
                calibration.toString());
    }
}
