package org.stancemap.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.embed.EmbeddingModels;

/** The embedding window chosen at training ({@code train --window}) travels in the manifest; old bundles keep the model's own. */
@Tag("slow")
class EmbeddingWindowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void describeRecordsOnlyAWindowBelowTheModelsOwn() {
        assertNull(Embeddings.describe(EmbeddingModels.open(EmbeddingModels.DEFAULT_ID)).window());
        Manifest.EmbeddingInfo small = Embeddings.describe(EmbeddingModels.open(EmbeddingModels.DEFAULT_ID, 256));
        assertEquals(256, small.window());
        assertEquals(256, small.withSentences(true).window(), "other copies keep it");
        assertThrows(IllegalArgumentException.class, () -> small.withWindow(0));
    }

    @Test
    void windowRoundTripsThroughTheManifestAndOldBundlesKeepTheirs(@TempDir Path tmp) throws IOException {
        ModelBundle old = BundleReader.read(Path.of("models/default"));
        assertNull(old.manifest().embedding().window());
        assertFalse(Files.readString(Path.of("models/default/manifest.json")).contains("\"window\""));
        assertEquals(510, BundleDocuments.of(old, null).embedder().maxWordPieces());

        Path copy = tmp.resolve("b");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(Path.of("models/default"))) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        ObjectNode manifest = (ObjectNode) JSON.readTree(copy.resolve("manifest.json").toFile());
        ((ObjectNode) manifest.get("embedding")).put("window", 256);
        JSON.writerWithDefaultPrettyPrinter().writeValue(copy.resolve("manifest.json").toFile(), manifest);
        ModelBundle back = BundleReader.read(copy);
        assertEquals(256, back.manifest().embedding().window());
        assertEquals(256, BundleDocuments.of(back, null).embedder().maxWordPieces());
        String json = JSON.writeValueAsString(back.manifest().embedding());
        assertTrue(json.endsWith("\"sentences\":true,\"window\":256}"), json);
        assertEquals(back.manifest().embedding(), JSON.readValue(json, Manifest.EmbeddingInfo.class));
    }
}
