package org.stancemap.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.stancemap.bundle.BundleWriter;
import org.stancemap.corpus.InputFormat;
import org.stancemap.stance.LabelSet;

/**
 * The classify job on Spark: read (one task per input file, the core's readers; Parquet inputs by
 * Spark's reader, {@link ParquetInput}), the duplicate
 * stage, classify (partitions of the accepted records, one classifier per executor JVM), then
 * write the results and the rejects, each sorted in input order. Every record read ends as a
 * result or a reject; {@link Summary} counts them.
 */
public final class ClassifyJob {

    /** The output format of results and rejects. */
    public enum Format {
        /** Typed flat columns ({@link ResultRows}). */
        PARQUET,
        /** The CLI's JSONL lines, byte for byte. */
        JSONL,
        /** The flat columns with a header. */
        CSV;

        /** The format named {@code s} (any case). */
        public static Format parse(String s) {
            try {
                return valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown output format: " + s + " (expected parquet, jsonl or csv)");
            }
        }
    }

    /**
     * What to run.
     *
     * @param model       the model bundle folder (as the driver sees it)
     * @param inputs      input files, in the order that decides which duplicate is the first
     * @param inputFormat the input format, or null to tell it from each file as the CLI does
     * @param out         folder of the results (must not exist)
     * @param rejects     folder of the rejects (must not exist)
     * @param format      format of both
     * @param partitions  partitions to classify in (at least 1)
     * @param shipModel   ship the bundle with the job's files instead of reading it at {@code model} on every node
     */
    public record Settings(Path model, List<String> inputs, InputFormat inputFormat, String out, String rejects,
                           Format format, int partitions, boolean shipModel) {
        public Settings {
            if (inputs == null || inputs.isEmpty()) {
                throw new IllegalArgumentException("no inputs");
            }
            if (partitions < 1) {
                throw new IllegalArgumentException("Invalid partitions: " + partitions + " (expected >= 1)");
            }
            inputs = List.copyOf(inputs);
        }
    }

    /**
     * What a run did: {@code read = written + rejected}; the rejected were either refused by a
     * reader (bad line, no text, unknown label) or failed classification.
     */
    public record Summary(int files, long read, long written, long rejected, long rejectedByReaders,
                          long duplicates, long duplicateIds, double seconds) {

        /** The summary as the job prints it. */
        public String describe() {
            return String.format(Locale.ROOT, "read %d records from %d file(s): %d written, %d rejected"
                            + " (%d by the readers, %d in classification); %d duplicates, %d repeated ids; %.1f s",
                    read, files, written, rejected, rejectedByReaders, rejected - rejectedByReaders, duplicates,
                    duplicateIds, seconds);
        }
    }

    private ClassifyJob() {}

    /**
     * Runs the job in {@code spark}.
     *
     * @throws IOException when the bundle's label set cannot be read
     */
    public static Summary run(SparkSession spark, Settings s) throws IOException {
        long start = System.nanoTime();
        Path model = s.model().toAbsolutePath().normalize();
        List<String> labels = LabelSet.read(model.resolve(BundleWriter.LABELS)).names();
        if (s.shipModel()) {
            spark.sparkContext().addFile(model.toString(), true);
        }
        // in place: the path as given, which may be relative to each node's working folder (YARN --archives)
        BundleLocation bundle = new BundleLocation(s.shipModel() ? model.toString() : s.model().toString(), s.shipModel());

        Dataset<Row> ingested = read(spark, s, labels).persist(StorageLevel.MEMORY_AND_DISK());
        Column readerReject = col(IngestedRows.REASON).isNotNull();
        Dataset<Row> accepted = DuplicateStage.apply(ingested.filter(not(readerReject))).repartition(s.partitions());
        Dataset<Row> outcomes = accepted.mapPartitions(new ClassifyPartition(bundle, labels, s.format() == Format.JSONL),
                Encoders.row(ClassifyPartition.schema(labels))).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Row readCounts = ingested.agg(count(lit(1)), count(when(readerReject, 1))).first();
            Column rejected = col(ClassifyPartition.REJECTED);
            Row outCounts = outcomes.agg(count(when(not(rejected), 1)), count(when(rejected, 1)),
                    count(col(DuplicateStage.DUPLICATE_OF)), count(col(DuplicateStage.DUPLICATE_ID_OF))).first();
            long read = readCounts.getLong(0);
            long rejectedByReaders = readCounts.getLong(1);
            long classified = outCounts.getLong(0);
            long rejectedInClassification = outCounts.getLong(1);
            long duplicates = outCounts.getLong(2);
            long duplicateIds = outCounts.getLong(3);

            Dataset<Row> results = inOrder(outcomes.filter(not(rejected)));
            Column[] resultColumns = columns(ResultRows.schema(labels).fieldNames());
            switch (s.format()) {
                case PARQUET -> results.select(resultColumns).write().parquet(s.out());
                case CSV -> results.select(resultColumns).write().option("header", true).csv(s.out());
                case JSONL -> results.select(col(ClassifyPartition.JSON)).write().text(s.out());
            }
            write(rejects(ingested.filter(readerReject), outcomes.filter(rejected)), s.format(), s.rejects());
            return new Summary(s.inputs().size(), read, classified, rejectedByReaders + rejectedInClassification,
                    rejectedByReaders, duplicates, duplicateIds, (System.nanoTime() - start) / 1e9);
        } finally {
            outcomes.unpersist();
            ingested.unpersist();
        }
    }

    /** The read stage: one task per input file read by the core's readers; Parquet inputs as Spark splits them. */
    private static Dataset<Row> read(SparkSession spark, Settings s, List<String> labels) {
        List<Row> files = new ArrayList<>();
        Dataset<Row> rows = null;
        for (int i = 0; i < s.inputs().size(); i++) {
            String in = s.inputs().get(i);
            if (ParquetInput.is(in)) {
                rows = union(rows, ParquetInput.read(spark, i, in, labels));
            } else {
                files.add(ReadFiles.file(i, in));
            }
        }
        if (!files.isEmpty()) {
            var rdd = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(files, files.size());
            rows = union(rows, spark.createDataFrame(rdd, ReadFiles.FILES)
                    .flatMap(new ReadFiles(s.inputFormat(), labels), Encoders.row(IngestedRows.SCHEMA)));
        }
        return rows;
    }

    private static Dataset<Row> union(Dataset<Row> a, Dataset<Row> b) {
        return a == null ? b : a.union(b);
    }

    /** The readers' rejects and the classifier's, as columns file, line, reason, raw, in input order. */
    private static Dataset<Row> rejects(Dataset<Row> byReaders, Dataset<Row> inClassification) {
        List<String> names = List.of(IngestedRows.FILE, IngestedRows.LINE, IngestedRows.REASON, IngestedRows.RAW);
        List<Column> fromClassifier = new ArrayList<>(List.of(columns(IngestedRows.ORDER.toArray(String[]::new))));
        for (int i = 0; i < names.size(); i++) {
            fromClassifier.add(col(ClassifyPartition.REJECT_COLUMNS.get(i)).as(names.get(i)));
        }
        Dataset<Row> all = byReaders.selectExpr(concat(IngestedRows.ORDER, names))
                .unionByName(inClassification.select(fromClassifier.toArray(Column[]::new)));
        return inOrder(all).select(columns(names.toArray(String[]::new)));
    }

    private static void write(Dataset<Row> rejects, Format format, String dir) {
        switch (format) {
            case PARQUET -> rejects.write().parquet(dir);
            case CSV -> rejects.write().option("header", true).csv(dir);
            case JSONL -> rejects.write().json(dir);
        }
    }

    private static Dataset<Row> inOrder(Dataset<Row> rows) {
        return rows.orderBy(columns(IngestedRows.ORDER.toArray(String[]::new)));
    }

    private static Column[] columns(String... names) {
        Column[] out = new Column[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = col(names[i]);
        }
        return out;
    }

    private static String[] concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out.toArray(String[]::new);
    }
}
