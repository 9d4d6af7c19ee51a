package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.corpus.FileDigest;
import org.stancemap.text.AnalyzerSettings;
import org.stancemap.topics.StoredTopics;
import org.stancemap.topics.TopicOptions;
import org.stancemap.topics.TopicProvenance;
import org.stancemap.topics.TopicStore;

/** {@code stancemap topics train} on the real seed corpus (15 abstracts), 50 sweeps. */
class TopicsTrainCommandTest {
    static final String SEED = PipelineEndToEndIT.SEED_JSONL;

    @TempDir
    static Path tmp;
    static Path trained;

    /** Trains K topics on the seed corpus with 50 sweeps, plus {@code more} options. */
    static CliRunner.Run train(Path out, int k, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("topics", "train", "--corpus", SEED, "--k", "" + k,
                "--iterations", "50", "--out", out.toString()));
        args.addAll(List.of(more));
        return CliRunner.run(args.toArray(String[]::new));
    }

    @BeforeAll
    static void trainOnce() {
        trained = tmp.resolve("seed-7");
        CliRunner.Run r = train(trained, 3, "--seed", "7");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("corpus: 15 records, 15 documents"), r.out());
        assertTrue(r.out().contains("training 3 topics"), r.out());
        assertTrue(r.out().contains("1 thread(s) (reproducible)"), r.out());
        assertTrue(r.out().contains("topic model written to " + trained + ": 3 topics, 15 documents"), r.out());
        assertEquals("", r.err(), "MALLET prints nothing");
    }

    @Test
    void writesADirectoryThatLoadsWithItsAnalyzerAndCorpusDigests() throws IOException {
        StoredTopics stored = TopicStore.readStored(trained);
        assertEquals(3, stored.model().k());
        assertEquals(15, stored.model().documents());
        TopicOptions settings = stored.model().options();
        assertEquals(50, settings.iterations());
        assertEquals(7, settings.seed());
        assertEquals(1, settings.threads(), "--seed without --threads trains with one thread");
        assertEquals(TopicOptions.DEFAULT_OPTIMIZE_INTERVAL, settings.optimizeInterval());
        assertEquals(2, settings.dfFilter().minDf());
        assertEquals(0.5, settings.dfFilter().maxDocShare());
        TopicProvenance p = stored.provenance();
        assertEquals(AnalyzerSettings.defaults(AnalyzerSettings.Mode.FAST), p.analyzer());
        String sha = DigestUtils.sha256Hex(Files.readAllBytes(Path.of(SEED)));
        assertEquals(List.of(new FileDigest(SEED, sha, 15)), p.corpus());
        assertEquals(15, p.documents());
        assertEquals(p.analyzer(), TopicStore.readAnalyzer(trained).orElseThrow());
        assertEquals("10.2991/emim-15.2015.125", stored.model().docId(0), "document ids are the records' ids");
        p.requireAnalyzer(AnalyzerSettings.defaults(AnalyzerSettings.Mode.FAST), "t");
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> p.requireAnalyzer(AnalyzerSettings.defaults(AnalyzerSettings.Mode.ACCURATE), trained.toString()));
        assertTrue(other.getMessage().contains("mode=FAST") && other.getMessage().contains("mode=ACCURATE"), other.getMessage());
    }

    @Test
    void sameSeedGivesIdenticalModelBytesAndAnotherSeedDoesNot() throws IOException {
        Path again = tmp.resolve("seed-7-again");
        assertEquals(0, train(again, 3, "--seed", "7", "-q").code());
        byte[] first = Files.readAllBytes(trained.resolve(TopicStore.MODEL));
        assertArrayEquals(first, Files.readAllBytes(again.resolve(TopicStore.MODEL)));
        Path other = tmp.resolve("seed-8");
        assertEquals(0, train(other, 3, "--seed", "8", "-q").code());
        assertFalse(java.util.Arrays.equals(first, Files.readAllBytes(other.resolve(TopicStore.MODEL))));
    }

    @Test
    void quietPrintsOnlyTheResultLine() {
        CliRunner.Run r = train(tmp.resolve("quiet"), 3, "--seed", "7", "--quiet");
        assertEquals(0, r.code(), r.toString());
        assertEquals(1, r.out().lines().count(), r.out());
        assertTrue(r.out().startsWith("topic model written to"), r.out());
    }

    @Test
    void twoThreadsKeepOptimisationAndAreReproducible() throws IOException {
        Path dir = tmp.resolve("two-threads");
        CliRunner.Run r = train(dir, 3, "--threads", "2", "--seed", "7", "-q");
        assertEquals(0, r.code(), r.toString());
        assertEquals("", r.err());
        TopicOptions settings = TopicStore.read(dir).options();
        assertEquals(2, settings.threads());
        assertEquals(TopicOptions.DEFAULT_OPTIMIZE_INTERVAL, settings.optimizeInterval());
        assertTrue(TopicStore.readStored(dir).manifest().reproducible());
        Path again = tmp.resolve("two-threads-again");
        assertEquals(0, train(again, 3, "--threads", "2", "--seed", "7", "-q").code());
        assertArrayEquals(Files.readAllBytes(dir.resolve(TopicStore.MODEL)), Files.readAllBytes(again.resolve(TopicStore.MODEL)));
    }

    @Test
    void earlyStopIsOnByDefaultAndRecordedOrOff() throws IOException {
        TopicOptions settings = TopicStore.read(trained).options();
        assertEquals(TopicOptions.DEFAULT_EARLY_STOP, settings.earlyStop());
        Path dir = tmp.resolve("no-early-stop");
        CliRunner.Run r = train(dir, 3, "--seed", "7", "--early-stop", "off");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("50 sweeps, seed 7"), r.out());
        StoredTopics stored = TopicStore.readStored(dir);
        assertEquals(TopicOptions.EarlyStop.OFF, stored.model().options().earlyStop());
        assertEquals(50, stored.manifest().sweeps());
        CliRunner.Run custom = train(tmp.resolve("custom-stop"), 3, "--seed", "7", "--early-stop", "20:0.01",
                "--burn-in", "10", "-q");
        assertEquals(0, custom.code(), custom.toString());
        TopicOptions customSettings = TopicStore.read(tmp.resolve("custom-stop")).options();
        assertEquals(new TopicOptions.EarlyStop(20, 0.01), customSettings.earlyStop());
        assertEquals(10, customSettings.burnIn());
        CliRunner.Run bad = train(tmp.resolve("never"), 3, "--early-stop", "25:0.01");
        assertEquals(ExitCodes.USAGE, bad.code(), bad.toString());
        assertTrue(bad.err().contains("Invalid --early-stop window: 25 (expected a positive multiple of 10"), bad.err());
        CliRunner.Run garbled = train(tmp.resolve("never"), 3, "--early-stop", "soon");
        assertEquals(ExitCodes.USAGE, garbled.code());
        assertTrue(garbled.err().contains("Invalid --early-stop: 'soon' (expected WINDOW:TOLERANCE, such as 50:0.001, or off)"),
                garbled.err());
    }

    @Test
    void invalidValuesAreUsageErrorsNamingTheOption() {
        Path dir = tmp.resolve("never");
        CliRunner.Run k0 = train(dir, 0);
        assertEquals(ExitCodes.USAGE, k0.code(), k0.toString());
        assertTrue(k0.err().contains("Invalid --k: 0 (expected 2..1000 topics)"), k0.err());
        CliRunner.Run minDf = train(dir, 3, "--min-df", "0");
        assertEquals(ExitCodes.USAGE, minDf.code());
        assertTrue(minDf.err().contains("Invalid --min-df: 0"), minDf.err());
        CliRunner.Run share = train(dir, 3, "--max-doc-share", "1.5");
        assertEquals(ExitCodes.USAGE, share.code());
        assertTrue(share.err().contains("Invalid --max-doc-share: 1.5"), share.err());
        CliRunner.Run seed = train(dir, 3, "--seed", "-1");
        assertEquals(ExitCodes.USAGE, seed.code());
        assertTrue(seed.err().contains("Invalid --seed: -1"), seed.err());
        CliRunner.Run analyzer = train(dir, 3, "--analyzer", "slow");
        assertEquals(ExitCodes.USAGE, analyzer.code());
        assertTrue(analyzer.err().contains("'slow'"), analyzer.err());
        assertFalse(Files.exists(dir));
    }

    @Test
    void refusesToOverwriteWithoutForceAndReplacesOnlyTopicModelsWithIt() throws IOException {
        Path dir = tmp.resolve("overwrite");
        assertEquals(0, train(dir, 3, "--seed", "7", "-q").code());
        byte[] before = Files.readAllBytes(dir.resolve(TopicStore.MODEL));
        CliRunner.Run refused = train(dir, 3, "--seed", "8", "-q");
        assertEquals(ExitCodes.FAILURE, refused.code(), refused.toString());
        assertTrue(refused.err().contains(dir + ": already exists; use --force"), refused.err());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve(TopicStore.MODEL)));

        assertEquals(0, train(dir, 3, "--seed", "8", "-q", "--force").code());
        assertEquals(8, TopicStore.read(dir).options().seed());

        Path notTopics = Files.createDirectories(tmp.resolve("papers"));
        Files.writeString(notTopics.resolve("notes.txt"), "keep me", StandardCharsets.UTF_8);
        CliRunner.Run kept = train(notTopics, 3, "--seed", "7", "-q", "--force");
        assertEquals(ExitCodes.FAILURE, kept.code(), kept.toString());
        assertTrue(kept.err().contains("is not a topic model directory"), kept.err());
        assertEquals("keep me", Files.readString(notTopics.resolve("notes.txt")));
    }

    @Test
    void missingCorpusFileFailsNamingIt() {
        CliRunner.Run r = CliRunner.run("topics", "train", "--corpus", SEED, "no/such/corpus.jsonl", "--k", "3",
                "--out", tmp.resolve("missing").toString());
        assertEquals(ExitCodes.FAILURE, r.code(), r.toString());
        assertTrue(r.err().contains("no/such/corpus.jsonl: no such corpus file"), r.err());
    }

    @Test
    void repeatedIdsAreSkippedWithAWarningOrRefusedUnderStrict() throws IOException {
        Path dir = tmp.resolve("twice");
        CliRunner.Run r = CliRunner.run("topics", "train", "--corpus", SEED, SEED, "--k", "3", "--iterations", "50",
                "--seed", "7", "--out", dir.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("corpus: 30 records, 15 documents, 1979 lemmas (numbers left out), 0 rejected, 15 duplicate ids skipped"),
                r.out());
        assertTrue(r.err().contains("skipped " + SEED + ":1: document id '10.2991/emim-15.2015.125' repeats " + SEED + ":1"),
                r.err());
        assertEquals(15, TopicStore.read(dir).documents());
        assertEquals(2, TopicStore.readProvenance(dir).orElseThrow().corpus().size());
        CliRunner.Run strict = CliRunner.run("topics", "train", "--corpus", SEED, SEED, "--k", "3", "--strict",
                "--out", tmp.resolve("strict").toString());
        assertEquals(ExitCodes.FAILURE, strict.code(), strict.toString());
        assertTrue(strict.err().contains("--strict: " + SEED + ":1: document id"), strict.err());
    }

    @Test
    void alteredProvenanceIsDetected() throws IOException {
        Path dir = tmp.resolve("altered");
        assertEquals(0, train(dir, 3, "--seed", "7", "-q").code());
        Path p = dir.resolve(TopicStore.PROVENANCE);
        Files.writeString(p, Files.readString(p).replace("\"fast\"", "\"accurate\""));
        IOException e = assertThrows(IOException.class, () -> TopicStore.readAnalyzer(dir));
        assertTrue(e.getMessage().contains("part " + TopicStore.PROVENANCE + " was altered"), e.getMessage());
    }

    @Test
    void aDirectoryWrittenWithoutProvenanceStillLoadsAndRecordsNoAnalyzer() throws IOException {
        Path v1 = Path.of("core/src/test/resources/topics/literal-model-v1"); // a core module fixture
        assertTrue(TopicStore.readAnalyzer(v1).isEmpty());
        assertEquals(null, TopicStore.readStored(v1).provenance());
        CliRunner.Run r = CliRunner.run("topics", "show", v1.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("analyzer not recorded"), r.out());
    }
}
