package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's command reproduces the committed default model: same id, same bytes in every part. */
class DefaultModelReproducesIT {
    @TempDir
    Path tmp;

    @Test
    void theReadmeCommandReproducesModelsDefault() throws IOException {
        Path out = tmp.resolve("default");
        CliRunner.Run r = CliRunner.run("train", "--corpus", "corpus/seed.jsonl", "--out", out.toString(), "--k", "5",
                "--force", "--cache-dir", tmp.resolve("cache").toString());
        assertEquals(0, r.code(), r.toString());
        ObjectMapper json = new ObjectMapper();
        JsonNode committed = json.readTree(Path.of("models/default/manifest.json").toFile());
        JsonNode fresh = json.readTree(out.resolve("manifest.json").toFile());
        assertEquals(committed.get("parts"), fresh.get("parts"), "every part of the bundle, byte for byte (SHA-256)");
        assertEquals(committed.get("model_id"), fresh.get("model_id"));
        assertEquals(committed.get("metrics"), fresh.get("metrics"));
    }
}
