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
import org.stancemap.cli.Main;
import org.stancemap.corpus.Reject;
import org.stancemap.stance.ClassifiedRecord;
import org.stancemap.stance.Document;
import org.stancemap.stance.DocumentFactory;
import org.stancemap.stance.LabelSet;
import org.stancemap.stance.StanceModel;
import org.stancemap.text.AnalyzerSettings;
import org.stancemap.text.Analyzers;

/** The pipelined classifier: input order, counts and rejects, whatever the threads and batch size. */
class BatchClassifierTest {

    @TempDir
    static Path tmp;

    private static ModelBundle bundle;

    @BeforeAll
    static void trainATfidfBundle() {
        Path out = tmp.resolve("bundle");
        int code = Main.cli(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())).execute("train",
                "--corpus", "corpus/seed.jsonl", "--model", "tfidf-lr", "--analyzer", "quick", "--cv", "none",
                "--out", out.toString(), "--quiet");
        assertEquals(0, code);
        try {
            bundle = BundleReader.read(out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
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
}
