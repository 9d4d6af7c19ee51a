package org.stancemap.classify;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.apache.commons.codec.digest.DigestUtils;
import org.stancemap.bundle.ModelBundle;
import org.stancemap.corpus.AbstractRecord;
import org.stancemap.corpus.CorpusFormatException;
import org.stancemap.corpus.InputDiagnosis;
import org.stancemap.corpus.LoneSurrogates;
import org.stancemap.corpus.TextLimit;
import org.stancemap.corpus.DuplicateDetector;
import org.stancemap.corpus.InputFormat;
import org.stancemap.corpus.Ingested;
import org.stancemap.corpus.LabelValidator;
import org.stancemap.corpus.RecordReaders;
import org.stancemap.corpus.RecordSource;
import org.stancemap.corpus.Reject;
import org.stancemap.stance.ClassifiedRecord;
import org.stancemap.stance.Document;
import org.stancemap.stance.ReferenceSet;
import org.stancemap.stance.DocumentFactory;
import org.stancemap.stance.Softmax;
import org.stancemap.stance.StanceModel;
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

    private final ModelBundle bundle;
    private final DocumentFactory documents;
    private final Settings settings;
    private final StanceModel model;
    private final LanguageIdentifier languages;

    /** A classifier that identifies languages with {@link OptimaizeLanguageIdentifier}. */
    public BatchClassifier(ModelBundle bundle, DocumentFactory documents, Settings settings) {
        this(bundle, documents, settings, OptimaizeLanguageIdentifier.shared());
    }

    /** A classifier that identifies each record's language with {@code languages}. */
    public BatchClassifier(ModelBundle bundle, DocumentFactory documents, Settings settings, LanguageIdentifier languages) {
        this.bundle = bundle;
        this.documents = documents;
        this.settings = settings;
        this.model = bundle.model();
        this.languages = languages;
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
        LabelValidator validator = new LabelValidator(bundle.labels().names());
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
            List<Pending> batch = new ArrayList<>(settings.batchSize());
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
                            writer.put(CompletableFuture.completedFuture(List.of(new ReaderReject(r.reject()))), writing);
                            continue;
                        }
                        AbstractRecord rec = ((Ingested.Accepted) item).record();
                        counts.accepted(rec.isTitleOnly());
                        batch.add(pending(rec, duplicates, counts));
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
        return counts.summary((System.nanoTime() - start) / 1e9, bundle.reference());
    }

    private static RecordSource open(Path input, InputFormat f, InputDiagnosis diagnosis) throws IOException {
        try {
            return RecordReaders.open(input, f);
        } catch (CorpusFormatException e) {
            throw diagnosis == null ? e : new CorpusFormatException(e.getMessage() + "; the file " + diagnosis.cause());
        }
    }

    /** A record read, with what the checks before classification found: duplicates, title-only, length. */
    private static Pending pending(AbstractRecord rec, DuplicateDetector duplicates, RunCounts counts) {
        String dupOf = duplicates.check(rec).map(d -> {
            counts.example(rec.source() + " repeats the " + d.kind().name().toLowerCase(Locale.ROOT) + " of " + d.earlier());
            return d.earlier().toString();
        }).orElse(null);
        String dupIdOf = duplicates.checkId(idOf(rec), rec.source()).map(earlier -> {
            counts.example(rec.source() + " repeats the id '" + idOf(rec) + "' of " + earlier);
            return earlier.toString();
        }).orElse(null);
        return new Pending(rec, TextLimit.cut(rec.text()), dupOf, dupIdOf, rec.isTitleOnly(), TextLimit.exceeds(rec.text()));
    }

    /** Hands {@code batch} to the pool and its result to the writer; returns a new, empty batch. */
    private List<Pending> submit(ForkJoinPool pool, List<Pending> batch, Writer writer, Future<?> writing) throws IOException {
        writer.put(pool.submit(() -> classifyBatch(batch)), writing);
        return new ArrayList<>(settings.batchSize());
    }

    /** A reject from the reader, already counted: the writer only writes it. */
    private record ReaderReject(Reject reject) {}

    /**
     * The writer stage: takes batches in the order they were read and writes each one's results
     * when its classification is done, so results keep input order while the calling thread reads
     * on and the pool classifies. At most {@code limit} batches wait; {@link #put} blocks beyond.
     */
    private static final class Writer implements Callable<Void> {
        static final Future<List<Object>> END = new CompletableFuture<>();

        private final BlockingQueue<Future<List<Object>>> queue;
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
        void put(Future<List<Object>> batch, Future<?> writing) throws IOException {
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
            for (Future<List<Object>> batch = queue.take(); batch != END; batch = queue.take()) {
                List<Object> results;
                try {
                    results = batch.get();
                } catch (ExecutionException e) {
                    throw new IOException("classification failed: " + e.getCause(), e.getCause());
                }
                for (Object o : results) {
                    if (o instanceof ClassifiedRecord c) {
                        sink.write(c);
                        counts.written(c);
                    } else if (o instanceof ReaderReject r) {
                        rejects.write(r.reject());
                    } else {
                        rejects.write((Reject) o);
                        counts.rejectedByClassifier();
                    }
                }
            }
            return null;
        }
    }

    /**
     * Classifies a batch: analyses and embeds all its texts together (the embedding model runs
     * faster on batches), then classifies each document in parallel. When the batch fails as a
     * whole, each record is tried alone, so one bad record costs only itself.
     */
    private List<Object> classifyBatch(List<Pending> batch) {
        List<Document> docs;
        try {
            docs = documents.ofAll(batch.stream().map(Pending::text).toList());
        } catch (RuntimeException e) {
            return batch.parallelStream().map(p -> classifyOrReject(p, null)).toList();
        }
        return java.util.stream.IntStream.range(0, batch.size()).parallel()
                .mapToObj(i -> classifyOrReject(batch.get(i), docs.get(i))).toList();
    }

    /** A classified record, or a reject when the record cannot be classified (never an exception). */
    private Object classifyOrReject(Pending p, Document doc) {
        AbstractRecord r = p.record();
        try {
            return classify(p, doc != null ? doc : documents.of(p.text()));
        } catch (RuntimeException e) {
            return new Reject(r.source().file(), r.source().line(), "classification failed: " + e,
                    LoneSurrogates.replaced(r.text().length() > 2_000 ? r.text().substring(0, 2_000) : r.text()));
        }
    }

    private ClassifiedRecord classify(Pending pending, Document doc) {
        AbstractRecord r = pending.record();
        double[] p = model.probabilities(doc);
        int best = Softmax.argmax(p);
        List<String> names = bundle.labels().names();
        Map<String, Double> probs = new LinkedHashMap<>();
        for (int k = 0; k < p.length; k++) {
            probs.put(names.get(k), p[k]);
        }
        int[] set = bundle.calibration().conformal().predictSet(p);
        List<String> setNames = new ArrayList<>(set.length);
        for (int k : set) {
            setNames.add(names.get(k));
        }
        ReferenceSet.Neighbour nearest = bundle.reference() == null || doc.embedding() == null ? null
                : bundle.reference().nearest(doc.embedding());
        String language = languages.identify(pending.text());
        Boolean far = nearest == null ? null : bundle.reference().isFar(nearest);
        boolean uncertain = bundle.calibration().uncertain(set, p[best]) || Boolean.TRUE.equals(far) || pending.titleOnly()
                || RunCounts.isForeign(language);
        return new ClassifiedRecord(idOf(r), r.doi(), r.title(), r.published(), r.venue(), names.get(best), p[best],
                probs, setNames, uncertain,
                new ClassifiedRecord.Explanation(model.explain(doc, best, EXPLAIN_TERMS), nearest),
                doc.topics() == null ? null : bundle.topics().topTopics(doc.topics(), TOP_TOPICS),
                r.label(), bundle.modelId(), pending.duplicateOf(), r.source().toString(),
                pending.duplicateIdOf(), pending.titleOnly(), pending.truncated(), language, far);
    }

    /** How many topics each record lists. */
    static final int TOP_TOPICS = 3;

    /** How many terms an explanation names. */
    static final int EXPLAIN_TERMS = 5;

    /** The input id, else the DOI, else {@code sha256:} and 16 hex digits of the whitespace-normalised text. */
    public static String idOf(AbstractRecord r) {
        if (r.id() != null && !r.id().isBlank()) {
            return r.id();
        }
        if (r.doi() != null && !r.doi().isBlank()) {
            return r.doi();
        }
        String norm = r.text().strip().replaceAll("\\s+", " ");
        return "sha256:" + DigestUtils.sha256Hex(norm.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /**
     * A record waiting for classification.
     *
     * @param record        the record as read
     * @param text          the text analysed: the record's, cut to the limit
     * @param duplicateOf   where an identical record was read first, or null
     * @param duplicateIdOf where a record with the same id was read first, or null
     * @param titleOnly     the record has only a title
     * @param truncated     {@code text} was cut
     */
    private record Pending(AbstractRecord record, String text, String duplicateOf, String duplicateIdOf,
                           boolean titleOnly, boolean truncated) {}
}
