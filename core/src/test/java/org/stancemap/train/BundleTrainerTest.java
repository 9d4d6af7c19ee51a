package org.stancemap.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.bundle.BundleReader;
import org.stancemap.bundle.Manifest;
import org.stancemap.bundle.ModelBundle;
import org.stancemap.bundle.TrainingMetrics;
import org.stancemap.corpus.Corpora;
import org.stancemap.corpus.InputFormat;
import org.stancemap.corpus.LoadedCorpus;
import org.stancemap.stance.LabelSet;
import org.stancemap.text.AnalyzerSettings;

public class BundleTrainerTest {
    @TempDir
    Path tmp;

    /** The seed corpus, quick analysis, seed 42, no embeddings read (for heads that need none), no topics. */
    public static TrainingRequest request(String head, String cv) {
        try {
            LabelSet labels = LabelSet.bundled();
            LoadedCorpus seed = Corpora.load(List.of(Path.of("corpus/seed.jsonl")), InputFormat.JSONL, labels.names());
            return new TrainingRequest(seed, labels, AnalyzerSettings.defaults(AnalyzerSettings.Mode.QUICK), head, cv, null,
                    null, "bge-small-en-v1.5-q", 0, null, 42, 0.9, "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aCrossValidatedBundleRecordsTypedMetricsThatReadBack() throws IOException {
        TrainedBundle trained = BundleTrainer.train(request("tfidf-lr", "loo"));
        TrainingReport report = trained.report();
        assertEquals(15, report.records());
        assertNotNull(report.comparison());
        assertNull(report.note());
        assertNull(report.topics());
        TrainingMetrics metrics = trained.manifest().metrics();
        assertEquals("tfidf-lr", metrics.selection().chosen());
        assertEquals(List.of("tfidf-lr"), metrics.selection().candidates().stream().map(TrainingMetrics.Candidate::head).toList());
        assertEquals(report.comparison().best().crossValidation().metrics().macroF1(),
                metrics.selection().candidates().get(0).macroF1(), 0.0);
        assertEquals("out-of-fold", trained.manifest().calibrationData().source());

        Manifest written = trained.write(tmp.resolve("b"), false);
        ModelBundle back = BundleReader.read(tmp.resolve("b"));
        assertEquals(written.modelId(), back.modelId());
        TrainingMetrics read = back.manifest().metrics();
        assertEquals(metrics.selection(), read.selection(), "the typed metrics survive the manifest's JSON");
        // tree equality tells a long from an int; the JSON text does not
        assertEquals(metrics.crossValidation().toString(), read.crossValidation().toString());
        assertEquals(metrics.calibration().toString(), read.calibration().toString());
    }

    @Test
    void withoutCrossValidationThereAreNoMetricsAndANote() throws IOException {
        TrainedBundle trained = BundleTrainer.train(request("tfidf-lr", "none"));
        assertNull(trained.manifest().metrics());
        assertNull(trained.report().comparison());
        assertTrue(trained.report().note().contains("--cv none"), trained.report().note());
    }

    @Test
    void labelsOfOneClassAreRefused() {
        LoadedCorpus seed = request("tfidf-lr", "none").corpus();
        var one = seed.records().stream().filter(r -> r.isLabelled() && r.label().equals(seed.records().get(0).label())).toList();
        TrainingException e = assertThrows(TrainingException.class,
                () -> BundleTrainer.requireTwoClasses(LabelSet.bundled(), one));
        assertTrue(e.getMessage().startsWith("the labelled records hold only one class (" + one.get(0).label() + ": "),
                e.getMessage());
    }

    @Test
    void topicsNeedACorpus() throws IOException {
        TrainingRequest r = request("tfidf-lr", "none");
        TrainingRequest noCorpus = new TrainingRequest(null, r.labels(), r.analyzer(), r.head(), r.cv(),
                new TrainingRequest.TopicSource.Fit(2, 10), null, r.embedding(), 0, null, 42, 0.9, "test");
        TrainingException e = assertThrows(TrainingException.class, () -> BundleTrainer.train(noCorpus));
        assertEquals("--k needs a corpus to train the topic model on (--corpus FILE...)", e.getMessage());
    }

    @Test
    void anUnknownHeadIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BundleTrainer.candidates("nope", false));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }
}
