package org.stancemap.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.stancemap.bundle.BundleDocuments;
import org.stancemap.bundle.ModelBundle;
import org.stancemap.classify.BatchClassifier;
import org.stancemap.classify.BatchSummary;
import org.stancemap.classify.ListSink;
import org.stancemap.corpus.InputFormat;
import org.stancemap.corpus.Reject;
import org.stancemap.stance.ClassifiedRecord;
import org.stancemap.stance.DocumentFactory;

/**
 * Classifies the same input files with two model bundles, each with the analyzer recorded in it,
 * and compares the labels ({@link ModelDiff}). Both classifications are held in memory (a few hundred
 * bytes per record each). Thread-safe when the bundles' models are.
 */
public final class BundleDiff {

    /**
     * The comparison and what was read.
     *
     * @param diff     what changed
     * @param summary  the old model's batch summary (read, written, rejected)
     * @param rejects  records neither model could classify, as the old model's run rejected them
     */
    public record Outcome(ModelDiff diff, BatchSummary summary, List<Reject> rejects) {}

    private BundleDiff() {}

    /**
     * Classifies {@code inputs} with both bundles and compares.
     *
     * @param format  input format, or null to tell it from each file's extension
     * @param threads  worker threads of each classification
     * @param cacheDir embedding cache of both runs, or null for none
     * @param err     where a progress line would go (none is drawn)
     * @throws IOException when an input cannot be read, or when the two runs reject different records
     */
    public static Outcome run(ModelBundle oldBundle, ModelBundle newBundle, List<Path> inputs, InputFormat format,
                              int threads, Path cacheDir, PrintWriter err) throws IOException {
        Run a = classify(oldBundle, inputs, format, threads, cacheDir, err);
        Run b = classify(newBundle, inputs, format, threads, cacheDir, err);
        if (a.rejects.size() != b.rejects.size()) {
            throw new IOException("the old model rejected " + a.rejects.size() + " records and the new one "
                    + b.rejects.size() + ": cannot compare them record by record");
        }
        return new Outcome(ModelDiff.of(a.records, b.records), a.summary, List.copyOf(a.rejects));
    }

    private static Run classify(ModelBundle bundle, List<Path> inputs, InputFormat format, int threads, Path cacheDir,
                                PrintWriter err) throws IOException {
        DocumentFactory docs = BundleDocuments.of(bundle, cacheDir);
        BatchClassifier classifier = new BatchClassifier(bundle, docs, new BatchClassifier.Settings(threads, 256, false));
        ListSink<ClassifiedRecord> records = new ListSink<>();
        ListSink<Reject> rejects = new ListSink<>();
        BatchSummary summary = classifier.run(inputs, format, records, rejects, err);
        return new Run(records.items(), rejects.items(), summary);
    }

    /** One classification, in memory. */
    private record Run(List<ClassifiedRecord> records, List<Reject> rejects, BatchSummary summary) {}
}
