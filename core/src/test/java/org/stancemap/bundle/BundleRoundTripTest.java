package org.stancemap.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.stance.Document;
import org.stancemap.stance.LabelSet;
import org.stancemap.stance.TfidfLogisticModel;
import org.stancemap.stance.TfidfLogisticTrainer;
import org.stancemap.text.AnalyzerSettings;

class BundleRoundTripTest {
    static LabelSet labels;
    static TfidfLogisticModel model;

    static Document doc(String text) {
        return new Document(text, Arrays.asList(text.toLowerCase().split("\\s+")), List.of(text));
    }

    @BeforeAll
    static void fit() throws IOException {
        labels = LabelSet.read(Path.of("corpus/labels.json"));
        List<Document> docs = List.of(doc("surveillance control privacy"), doc("policy goals effectiveness"),
                doc("legal norms regulation"), doc("firms regression employment"));
        model = new TfidfLogisticTrainer(TfidfLogisticTrainer.Options.defaults(), BundleRoundTripTest::doc)
                .fit(docs, new int[] {0, 1, 2, 3}, labels);
    }

    static Manifest draft() {
        return new Manifest(Manifest.FORMAT, Manifest.FORMAT_VERSION, null, "2026-01-01T00:00:00Z", "test",
                new Manifest.LabelSetRef(labels.id(), labels.names(), BundleWriter.LABELS),
                List.of(new Manifest.CorpusFile("corpus/x.jsonl", "ab", 4, 4, 0)), Map.of("surveillance-critical", 1),
                AnalyzerSettings.defaults(AnalyzerSettings.Mode.FAST), null, model.head(),
                JsonNodeFactory.instance.objectNode().put("lambda", 0.1), 42L, LibraryVersions.all(),
                LibraryVersions.runtime(), null, null);
    }

    static BundleContents contents() {
        return new BundleContents(labels, model, org.stancemap.eval.CalibrationFit.uncalibrated(0.9), null, null);
    }

    @Test
    void writeThenReadGivesTheSameModel(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("bundle");
        Manifest written = BundleWriter.write(dir, false, draft(), contents());
        assertTrue(written.modelId().startsWith("tfidf-lr-"), written.modelId());
        ModelBundle back = BundleReader.read(dir);
        assertEquals(written.modelId(), back.modelId());
        assertEquals(labels.names(), back.labels().names());
        Document d = doc("privacy regression norms");
        assertArrayEquals(model.probabilities(d), back.model().probabilities(d), 1e-12);
        assertArrayEquals(model.logits(d), back.head().logits(d), 0.0);
        assertEquals("smile-core", back.manifest().libraries().keySet().stream().filter(k -> k.equals("smile-core")).findFirst().orElseThrow());
        assertEquals("3.1.1", back.manifest().libraries().get("smile-core"));
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(dir), files.toList(), "no temporary directory is left behind");
        }
    }

    @Test
    void sameModelGivesByteIdenticalPartsAndId(@TempDir Path tmp) throws IOException {
        Manifest a = BundleWriter.write(tmp.resolve("a"), false, draft(), contents());
        Manifest b = BundleWriter.write(tmp.resolve("b"), false, draft(), contents());
        assertEquals(a.modelId(), b.modelId());
        for (String part : a.parts().keySet()) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(part)),
                    Files.readAllBytes(tmp.resolve("b").resolve(part)), part);
        }
    }

    @Test
    void refusesToOverwriteWithoutForce(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("bundle");
        BundleWriter.write(dir, false, draft(), contents());
        var e = assertThrows(FileAlreadyExistsException.class, () -> BundleWriter.write(dir, false, draft(), contents()));
        assertTrue(e.getMessage().contains("--force"), e.getMessage());
        BundleWriter.write(dir, true, draft(), contents());
        assertEquals(model.head(), BundleReader.read(dir).manifest().head());
    }

    @Test
    void refusesAnUnknownFormatVersion(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("bundle");
        BundleWriter.write(dir, false, draft(), contents());
        Path m = dir.resolve(BundleWriter.MANIFEST);
        Files.writeString(m, Files.readString(m).replace("\"format_version\" : 1", "\"format_version\" : 7"));
        var e = assertThrows(IOException.class, () -> BundleReader.read(dir));
        assertTrue(e.getMessage().contains("format_version 7 is not supported"), e.getMessage());
        assertTrue(e.getMessage().contains("upgrade Stancemap"), e.getMessage());
    }

    @Test
    void refusesAMissingPart(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("bundle");
        BundleWriter.write(dir, false, draft(), contents());
        Files.delete(dir.resolve("tfidf-lr-weights.json"));
        var e = assertThrows(NoSuchFileException.class, () -> BundleReader.read(dir));
        assertTrue(e.getMessage().contains("part tfidf-lr-weights.json is missing"), e.getMessage());
    }

    @Test
    void refusesAnAlteredPart(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("bundle");
        BundleWriter.write(dir, false, draft(), contents());
        Path w = dir.resolve("tfidf-lr-weights.json");
        Files.writeString(w, Files.readString(w).replaceFirst("\\d", "9"), StandardCharsets.UTF_8);
        var e = assertThrows(IOException.class, () -> BundleReader.read(dir));
        assertTrue(e.getMessage().contains("tfidf-lr-weights.json was altered"), e.getMessage());
    }

    @Test
    void refusesADirectoryThatIsNoBundle(@TempDir Path tmp) throws IOException {
        var e = assertThrows(NoSuchFileException.class, () -> BundleReader.read(tmp));
        assertTrue(e.getMessage().contains("not a model bundle"), e.getMessage());
        Files.writeString(tmp.resolve("manifest.json"), "{\"format\":\"other\"}");
        var e2 = assertThrows(IOException.class, () -> BundleReader.read(tmp));
        assertTrue(e2.getMessage().contains("not a Stancemap model bundle"), e2.getMessage());
        assertFalse(Files.exists(tmp.resolve("labels.json")));
    }

    @Test
    void manifestListsEveryPartWithItsHash(@TempDir Path tmp) throws IOException {
        Manifest m = BundleWriter.write(tmp.resolve("b"), false, draft(), contents());
        assertEquals(List.of(BundleWriter.CALIBRATION, BundleWriter.LABELS, "tfidf-lr-weights.json", "tfidf-vocabulary.json"),
                List.copyOf(m.parts().keySet()));
        for (Map.Entry<String, String> p : m.parts().entrySet()) {
            assertEquals(64, p.getValue().length());
        }
    }
}
