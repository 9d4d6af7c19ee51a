package org.stancemap.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.bundle.BundleReader;
import org.stancemap.bundle.ModelBundle;
import org.stancemap.corpus.AbstractRecord;
import org.stancemap.corpus.Ingested;
import org.stancemap.corpus.InputFormat;
import org.stancemap.corpus.RecordReaders;
import org.stancemap.corpus.RecordSource;
import org.stancemap.corpus.Reject;
import org.stancemap.corpus.SourceRef;
import org.stancemap.stance.ClassifiedRecord;
import org.stancemap.stance.Document;
import org.stancemap.stance.DocumentFactory;
import org.stancemap.stance.LabelSet;
import org.stancemap.stance.StanceModel;
import org.stancemap.text.AnalyzerSettings;
import org.stancemap.text.Analyzers;
import org.stancemap.train.BundleTrainer;
import org.stancemap.train.BundleTrainerTest;

/**
 * The pipelined classifier (input order, counts and rejects, whatever the threads and batch size)
 * and the per-record classifier under it.
 */
class BatchClassifierTest {

    @TempDir
    static Path tmp;

    private static ModelBundle bundle;

    @BeforeAll
    static void trainATfidfBundle() throws IOException {
        Path out = tmp.resolve("bundle");
        BundleTrainer.train(BundleTrainerTest.request("tfidf-lr", "none")).write(out, false);
        bundle = BundleReader.read(out);
    }

    /** The bundle's head, failing on any text that contains {@code BOOM}. */
    private static ModelBundle failingOnBoom() {
        StanceModel head = bundle.head();
        StanceModel failing = new StanceModel() {
            @Override
            public LabelSet labels() {
                return head.labels();
            }

            @Override
            public String head() {
                return head.head();
            }

            @Override
            public double[] logits(Document doc) {
                if (doc.text().contains("BOOM")) {
                    throw new IllegalStateException("boom");
                }
                return head.logits(doc);
            }
        };
        return new ModelBundle(bundle.dir(), bundle.manifest(), bundle.labels(), failing, bundle.calibration(),
                bundle.reference(), bundle.topics());
    }

    @Test
    void keepsInputOrderAndRejectsOnlyTheBadRecordsInOrder() throws IOException {
        // FIXTURE: seed sentences recombined, not real records; record 150 makes the head fail
        List<String> sentences = List.of("The social credit system rates firms and citizens.",
                "Blacklists extend state surveillance into everyday life.",
                "We estimate the effect on employment with a difference-in-differences design.",
                "The law sets out how credit records are kept and corrected.");
        Path in = tmp.resolve("in.jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String text = sentences.get(i % 4) + " " + sentences.get((i / 4) % 4) + (i == 150 ? " BOOM." : "") + " Record " + i + ".";
            lines.add("{\"id\":\"r" + i + "\",\"text\":\"" + text + "\"}");
        }
        lines.add(100, "{\"id\":\"no-text\"}"); // line 101: the reader rejects it; r150 moves to line 152
        Files.write(in, lines);
        for (int threads : new int[] {1, 2, 3}) {
            for (int batch : new int[] {1, 7, 64, 1000}) {
                ListSink<ClassifiedRecord> results = new ListSink<>();
                ListSink<Reject> rejects = new ListSink<>();
                BatchClassifier classifier = new BatchClassifier(failingOnBoom(),
                        new DocumentFactory(Analyzers.create(AnalyzerSettings.defaults(AnalyzerSettings.Mode.QUICK)), false),
                        new BatchClassifier.Settings(threads, batch, false), text -> "en");
                BatchSummary summary = classifier.run(List.of(in), null, results, rejects, new PrintWriter(new StringWriter()));
                List<String> expected = IntStream.range(0, 300).filter(i -> i != 150).mapToObj(i -> "r" + i).toList();
                String setting = "threads " + threads + ", batch " + batch;
                assertEquals(expected, results.items().stream().map(ClassifiedRecord::id).toList(), setting);
                assertEquals(List.of(101L, 152L), rejects.items().stream().map(Reject::line).toList(), setting);
                assertTrue(rejects.items().get(1).reason().contains("boom"), rejects.items().get(1).reason());
                assertEquals(301, summary.read(), setting);
                assertEquals(299, summary.written(), setting);
                assertEquals(2, summary.rejected(), setting);
            }
        }
    }

    @Test
    void oneRecordAtATimeGivesWhatABatchAndTheFileLoopGive() throws IOException {
        DocumentFactory docs = new DocumentFactory(Analyzers.create(AnalyzerSettings.defaults(AnalyzerSettings.Mode.QUICK)), false);
        RecordClassifier single = new RecordClassifier(bundle, docs, text -> "en");
        List<AbstractRecord> seed = new ArrayList<>();
        try (RecordSource source = RecordReaders.open(Path.of("corpus/seed.jsonl"), InputFormat.JSONL)) {
            while (source.hasNext()) {
                seed.add(((Ingested.Accepted) source.next()).record());
            }
        }
        List<RecordClassifier.Item> items = seed.stream().map(RecordClassifier.Item::of).toList();
        List<Outcome> together = single.classifyAll(items);
        ListSink<ClassifiedRecord> looped = new ListSink<>();
        new BatchClassifier(single, new BatchClassifier.Settings(2, 4, false))
                .run(List.of(Path.of("corpus/seed.jsonl")), InputFormat.JSONL, looped, new ListSink<>(), new PrintWriter(new StringWriter()));
        assertEquals(seed.size(), together.size());
        for (int i = 0; i < seed.size(); i++) {
            ClassifiedRecord alone = ((Outcome.Classified) single.classify(items.get(i))).result();
            assertEquals(alone, ((Outcome.Classified) together.get(i)).result());
            assertEquals(alone, looped.items().get(i));
            assertEquals(seed.get(i).outputId(), alone.id());
            assertEquals(seed.get(i).label(), alone.gold());
        }
    }

    @Test
    void aRecordThatFailsComesBackRejectedWithItsPlace() {
        RecordClassifier failing = new RecordClassifier(failingOnBoom(),
                new DocumentFactory(Analyzers.create(AnalyzerSettings.defaults(AnalyzerSettings.Mode.QUICK)), false), text -> "en");
        AbstractRecord good = new AbstractRecord("a", null, null, null, null, null, null, "Blacklists extend surveillance.",
                null, null, new SourceRef("in.jsonl", 3));
        AbstractRecord bad = new AbstractRecord("b", null, null, null, null, null, null, "Blacklists BOOM.",
                null, null, new SourceRef("in.jsonl", 4));
        List<Outcome> outcomes = failing.classifyAll(List.of(RecordClassifier.Item.of(good), new RecordClassifier.Item(bad, "x:1", null)));
        assertEquals("a", ((Outcome.Classified) outcomes.get(0)).result().id());
        Reject reject = ((Outcome.Rejected) outcomes.get(1)).reject();
        assertEquals("in.jsonl:4", reject.file() + ":" + reject.line());
        assertTrue(reject.reason().startsWith("classification failed") && reject.reason().contains("boom"), reject.reason());
        assertEquals("Blacklists BOOM.", reject.raw());
        assertTrue(failing.classify(RecordClassifier.Item.of(bad)) instanceof Outcome.Rejected);
    }
}
