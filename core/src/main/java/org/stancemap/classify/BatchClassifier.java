package org.stancemap.classify;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.stancemap.bundle.ModelBundle;
import org.stancemap.corpus.AbstractRecord;
import org.stancemap.corpus.CorpusFormatException;
import org.stancemap.corpus.InputDiagnosis;
import org.stancemap.corpus.TextLimit;
import org.stancemap.corpus.DuplicateDetector;
import org.stancemap.corpus.InputFormat;
import org.stancemap.corpus.Ingested;
import org.stancemap.corpus.LabelValidator;
import org.stancemap.corpus.RecordReaders;
import org.stancemap.corpus.RecordSource;
import org.stancemap.corpus.Reject;
import org.stancemap.stance.ClassifiedRecord;
import org.stancemap.stance.DocumentFactory;
import org.stancemap.text.LanguageIdentifier;
import org.stancemap.text.OptimaizeLanguageIdentifier;

/**
 * Classifies records from input files in batches, in input order, with bounded memory: at most
 * {@code threads + 3} batches of records are held at a time (plus the duplicate detector's few
 * bytes per record). Every record read ends up in the output or in the rejects file. A pipeline of
 * three stages: the calling thread reads, cleans and checks records; a pool of {@code threads}
 * workers classifies batches; one writer thread writes the results of each batch, in input order,
 * when it is done (up to {@code threads + 1} batches wait for it). So neither the reading nor the
 * writing leaves the workers idle.
 */
public final class BatchClassifier {

    /**
     * Run settings.
     *
     * @param threads   worker threads (at least 1)
     * @param batchSize records classified together (at least 1)
     * @param progress  draw a progress line on the error stream
     */
    public record Settings(int threads, int batchSize, boolean progress) {
        public Settings {
            if (threads < 1) {
                throw new IllegalArgumentException("Invalid threads: " + threads + " (expected >= 1)");
            }
            if (batchSize < 1) {
                throw new IllegalArgumentException("Invalid batch size: " + batchSize + " (expected >= 1)");
            }
        }
    }

    private final RecordClassifier classifier;
    private final Settings settings;

    /** A classifier that identifies languages with {@link OptimaizeLanguageIdentifier}. */
    public BatchClassifier(ModelBundle bundle, DocumentFactory documents, Settings settings) {
        this(bundle, documents, settings, OptimaizeLanguageIdentifier.shared());
    }

    /** A classifier that identifies each record's language with {@code languages}. */
    public BatchClassifier(ModelBundle bundle, DocumentFactory documents, Settings settings, LanguageIdentifier languages) {
        this(new RecordClassifier(bundle, documents, languages), settings);
    }

    /** A file loop over {@code classifier}. */
    public BatchClassifier(RecordClassifier classifier, Settings settings) {
        this.classifier = classifier;
        this.settings = settings;
    }

    /**
     * Classifies every record of {@code inputs} into {@code sink}, rejected records into
     * {@code rejects}. Commits neither: the caller commits both when this returns. A text longer
     * than {@link TextLimit#MAX_CHARS} is cut before analysis and its record marked truncated; a
     * title-only or non-English record is marked uncertain; a repeated id is reported.
     *
     * @param format input format, or null to tell it from each file's extension
     * @throws CorpusFormatException when a file cannot be read in its format at all; the message
     *                               adds the likely cause ({@link InputDiagnosis}) when one is seen
     */
    public BatchSummary run(List<Path> inputs, InputFormat format, Sink<ClassifiedRecord> sink, Sink<Reject> rejects,
                            PrintWriter err) throws IOException {
        long start = System.nanoTime();
        LabelValidator validator = new LabelValidator(classifier.bundle().labels().names());
        DuplicateDetector duplicates = new DuplicateDetector();
        Progress progress = new Progress(err, settings.progress());
        RunCounts counts = new RunCounts();
        ForkJoinPool pool = new ForkJoinPool(settings.threads());
        ExecutorService writerThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "stancemap-writer");
            t.setDaemon(true);
            return t;
        });
        Writer writer = new Writer(settings.threads() + 1, sink, rejects, counts);
        Future<?> writing = writerThread.submit(writer);
        try {
            List<RecordClassifier.Item> batch = new ArrayList<>(settings.batchSize());
            for (Path input : inputs) {
                // the format as given, else sniffed from the decoded content (gzip, UTF-16 and BOMs undone)
                InputFormat f = format != null ? format : RecordReaders.detect(input);
                InputDiagnosis diagnosis = RecordReaders.diagnose(input, f).orElse(null);
                counts.startFile(input.toString(), f == null ? "sniffed" : f.id(), diagnosis);
                try (RecordSource source = open(input, f, diagnosis)) {
                    while (source.hasNext()) {
                        Ingested item = validator.validate(source.next());
                        if (item instanceof Ingested.Rejected r) {
                            if (!batch.isEmpty()) { // keeps the rejects file in input order
                                batch = submit(pool, batch, writer, writing);
                            }
                            counts.rejectedByReader(r.reject());
                            writer.put(CompletableFuture.completedFuture(new Written(List.of(new Outcome.Rejected(r.reject())), true)), writing);
                            continue;
                        }
                        AbstractRecord rec = ((Ingested.Accepted) item).record();
                        counts.accepted(rec.isTitleOnly());
                        batch.add(item(rec, duplicates, counts));
                        if (batch.size() >= settings.batchSize()) {
                            batch = submit(pool, batch, writer, writing);
                            progress.update(counts.written(), counts.rejected());
                        }
                    }
                }
                counts.endFile();
            }
            if (!batch.isEmpty()) {
                submit(pool, batch, writer, writing);
            }
            writer.put(Writer.END, writing);
            Writer.await(writing);
        } finally {
            writerThread.shutdownNow();
            pool.shutdownNow();
            try {
                writerThread.awaitTermination(1, TimeUnit.MINUTES); // the caller closes the sinks next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            progress.finish();
        }
        return counts.summary((System.nanoTime() - start) / 1e9, classifier.bundle().reference());
    }

    private static RecordSource open(Path input, InputFormat f, InputDiagnosis diagnosis) throws IOException {
        try {
            return RecordReaders.open(input, f);
        } catch (CorpusFormatException e) {
            throw diagnosis == null ? e : new CorpusFormatException(e.getMessage() + "; the file " + diagnosis.cause());
        }
    }

    /** A record read, with what the duplicate checks before classification found. */
    private static RecordClassifier.Item item(AbstractRecord rec, DuplicateDetector duplicates, RunCounts counts) {
        String dupOf = duplicates.check(rec).map(d -> {
            counts.example(rec.source() + " repeats the " + d.kind().name().toLowerCase(Locale.ROOT) + " of " + d.earlier());
            return d.earlier().toString();
        }).orElse(null);
        String id = rec.outputId();
        String dupIdOf = duplicates.checkId(id, rec.source()).map(earlier -> {
            counts.example(rec.source() + " repeats the id '" + id + "' of " + earlier);
            return earlier.toString();
        }).orElse(null);
        return new RecordClassifier.Item(rec, dupOf, dupIdOf);
    }

    /** Hands {@code batch} to the pool and its result to the writer; returns a new, empty batch. */
    private List<RecordClassifier.Item> submit(ForkJoinPool pool, List<RecordClassifier.Item> batch, Writer writer,
                                               Future<?> writing) throws IOException {
        writer.put(pool.submit(() -> new Written(classifier.classifyAll(batch), false)), writing);
        return new ArrayList<>(settings.batchSize());
    }

    /**
     * The outcomes of one batch, in input order; {@code read} marks the reader's rejects, which
     * were counted when read, so the writer only writes them.
     */
    private record Written(List<Outcome> outcomes, boolean read) {}

    /**
     * The writer stage: takes batches in the order they were read and writes each one's results
     * when its classification is done, so results keep input order while the calling thread reads
     * on and the pool classifies. At most {@code limit} batches wait; {@link #put} blocks beyond.
     */
    private static final class Writer implements Callable<Void> {
        static final Future<Written> END = new CompletableFuture<>();

        private final BlockingQueue<Future<Written>> queue;
        private final Sink<ClassifiedRecord> sink;
        private final Sink<Reject> rejects;
        private final RunCounts counts;

        Writer(int limit, Sink<ClassifiedRecord> sink, Sink<Reject> rejects, RunCounts counts) {
            this.queue = new ArrayBlockingQueue<>(limit);
            this.sink = sink;
            this.rejects = rejects;
            this.counts = counts;
        }

        /** Queues {@code batch}; throws what the writer failed with, if it stopped. */
        void put(Future<Written> batch, Future<?> writing) throws IOException {
            try {
                while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                    if (writing.isDone()) {
                        await(writing);
                        throw new IOException("the writer stopped early");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("classification interrupted", e);
            }
        }

        /** Waits for the writer to finish, rethrowing its failure. */
        static void await(Future<?> writing) throws IOException {
            try {
                writing.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("classification interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IOException("classification failed: " + e.getCause(), e.getCause());
            }
        }

        @Override
        public Void call() throws IOException, InterruptedException {
            for (Future<Written> batch = queue.take(); batch != END; batch = queue.take()) {
                Written results;
                try {
                    results = batch.get();
                } catch (ExecutionException e) {
                    throw new IOException("classification failed: " + e.getCause(), e.getCause());
                }
                for (Outcome o : results.outcomes()) {
                    if (o instanceof Outcome.Classified c) {
                        sink.write(c.result());
                        counts.written(c.result());
                    } else if (o instanceof Outcome.Rejected r) {
                        rejects.write(r.reject());
                        if (!results.read()) {
                            counts.rejectedByClassifier();
                        }
                    }
                }
            }
            return null;
        }
    }
}
