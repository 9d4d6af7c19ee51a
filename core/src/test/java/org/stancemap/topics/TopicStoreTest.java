package org.stancemap.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicStoreTest {
    private static final List<TopicDocument> DOCS = SeedFixture.documents();
    private static final TopicModel MODEL = MalletLdaTrainer.fit(DOCS,
            new TopicOptions(4, 200, 5.0, 0.01, 10, 50, 11, 1, DfFilter.defaults()));

    @TempDir
    Path tmp;

    @Test
    void saveAndLoadGiveIdenticalStateAndInference() throws IOException {
        Path dir = tmp.resolve("topics");
        TopicManifest manifest = TopicStore.write(dir, MODEL);
        assertEquals(4, manifest.k());
        assertEquals(MODEL.totalTokens(), manifest.tokens());
        assertTrue(manifest.reproducible());
        TopicModel back = TopicStore.read(dir);
        TopicModel.State a = MODEL.state();
        TopicModel.State b = back.state();
        assertEquals(a.settings(), b.settings());
        assertEquals(a.vocabulary(), b.vocabulary());
        assertArrayEquals(a.topicWordCounts(), b.topicWordCounts());
        assertArrayEquals(a.docTopicCounts(), b.docTopicCounts());
        assertArrayEquals(a.alpha(), b.alpha(), 0.0);
        assertEquals(a.beta(), b.beta(), 0.0);
        assertEquals(a.docIds(), b.docIds());
        assertEquals(a.docPreviews(), b.docPreviews());
        assertEquals(a.coherence(), b.coherence());
        for (TopicDocument d : DOCS) {
            assertArrayEquals(MODEL.infer(d.tokens()), back.infer(d.tokens()), 0.0);
        }
        // writing the loaded model again gives byte-identical files
        Path again = tmp.resolve("again");
        TopicStore.write(again, back);
        assertArrayEquals(Files.readAllBytes(dir.resolve(TopicStore.MODEL)), Files.readAllBytes(again.resolve(TopicStore.MODEL)));
    }

    @Test
    void modelSavedByTheFirstFormatStillLoadsAndInfers() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/topics/literal-model-v1").toURI());
        TopicModel m = TopicStore.read(dir);
        assertEquals(3, m.k());
        assertEquals(LiteralCorpus.model().state().vocabulary(), m.vocabulary());
        assertArrayEquals(LiteralCorpus.model().state().topicWordCounts(), m.state().topicWordCounts());
        // version 1 had no early stop and ran every sweep
        assertEquals(TopicOptions.EarlyStop.OFF, m.options().earlyStop());
        assertEquals(200, m.sweeps());
        // pinned when the fixture was written: sampled with seed 42, 100 sweeps, a sample every 10 after 10
        assertArrayEquals(new double[] {0.2857142857142857, 0.3968253968253968, 0.31746031746031744},
                m.infer(List.of("cheese", "soup", "guitar", "cat")), 1e-15);
    }

    @Test
    void earlyStopSettingAndSweepsRunRoundTripThroughManifestAndModel() throws IOException {
        TopicOptions options = new TopicOptions(4, 1000, 5.0, 0.01, 10, 50, 11, 1, DfFilter.defaults(),
                new TopicOptions.EarlyStop(50, 0.01));
        TopicModel model = MalletLdaTrainer.fit(DOCS, options);
        assertTrue(model.sweeps() < 1000);
        Path dir = tmp.resolve("early");
        TopicManifest written = TopicStore.write(dir, model);
        assertEquals(model.sweeps(), written.sweeps());
        String json = Files.readString(dir.resolve(TopicStore.MANIFEST), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"early_stop\" : {\n      \"window\" : 50,\n      \"tolerance\" : 0.01\n    }"), json);
        assertTrue(json.contains("\"sweeps\" : " + model.sweeps() + ","), json);
        StoredTopics back = TopicStore.readStored(dir);
        assertEquals(written, back.manifest());
        assertEquals(options, back.model().options());
        assertEquals(model.sweeps(), back.model().sweeps());
    }

    @Test
    void refusesToOverwriteUnlessForced() throws IOException {
        Path dir = tmp.resolve("topics");
        TopicStore.write(dir, MODEL);
        assertThrows(FileAlreadyExistsException.class, () -> TopicStore.write(dir, MODEL));
        TopicModel literal = LiteralCorpus.model();
        TopicStore.write(dir, literal, true);
        assertEquals(3, TopicStore.read(dir).k());
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(dir), files.toList());  // no temporary directory left behind
        }
    }

    @Test
    void detectsAlteredPartsAndUnknownVersions() throws IOException {
        Path dir = tmp.resolve("topics");
        TopicStore.write(dir, LiteralCorpus.model());
        Path model = dir.resolve(TopicStore.MODEL);
        String json = Files.readString(model, StandardCharsets.UTF_8);
        Files.writeString(model, json.replace("\"beta\":0.01", "\"beta\":0.02"), StandardCharsets.UTF_8);
        IOException altered = assertThrows(IOException.class, () -> TopicStore.read(dir));
        assertTrue(altered.getMessage().startsWith(dir + ": part topic-model.json was altered (SHA-256 "), altered.getMessage());

        Files.writeString(model, json, StandardCharsets.UTF_8);
        Path manifest = dir.resolve(TopicStore.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest).replace("\"format_version\" : 2", "\"format_version\" : 3"));
        IOException newer = assertThrows(IOException.class, () -> TopicStore.read(dir));
        assertEquals(manifest + ": topic model format_version 3 is not supported by this build (it reads versions 1 to 2);"
                + " upgrade Stancemap", newer.getMessage());
    }

    @Test
    void fromStateChecksVersionShapesAndConsistency() {
        TopicModel.State s = LiteralCorpus.model().state();
        var newer = new TopicModel.State(3, s.settings(), s.sweeps(), s.vocabulary(), s.topicWordCounts(), s.alpha(),
                s.beta(), s.docIds(), s.docPreviews(), s.docTopicCounts(), s.coherence());
        assertEquals("Unsupported topic model format_version 3 (this build reads 2)",
                assertThrows(IllegalArgumentException.class, () -> TopicModel.fromState(newer)).getMessage());
        var shortAlpha = new TopicModel.State(2, s.settings(), s.sweeps(), s.vocabulary(), s.topicWordCounts(), new double[] {1, 1},
                s.beta(), s.docIds(), s.docPreviews(), s.docTopicCounts(), s.coherence());
        assertEquals("Invalid topic model: alpha has 2 entries, expected k = 3",
                assertThrows(IllegalArgumentException.class, () -> TopicModel.fromState(shortAlpha)).getMessage());
        int[][] counts = s.topicWordCounts();
        counts[0][0]++;
        var inconsistent = new TopicModel.State(2, s.settings(), s.sweeps(), s.vocabulary(), counts, s.alpha(), s.beta(),
                s.docIds(), s.docPreviews(), s.docTopicCounts(), s.coherence());
        assertEquals("Invalid topic model: topic 0 has 21 tokens in topic_word_counts but 20 in doc_topic_counts",
                assertThrows(IllegalArgumentException.class, () -> TopicModel.fromState(inconsistent)).getMessage());
    }
}
