package org.stancemap.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.stancemap.classify.Outcome;
import org.stancemap.classify.RecordClassifier;
import org.stancemap.corpus.Json;
import org.stancemap.corpus.Reject;

/**
 * The classify stage: the accepted records of one partition (with the duplicate stage's columns),
 * {@value #BATCH} at a time through {@link RecordClassifier#classifyAll}, as the CLI's batches.
 * Each batch runs in a fork-join pool of one thread owned by the task, so a task uses one core
 * and the executor's task slots set the parallelism (the classifier's parallel streams would
 * otherwise spread over the JVM's common pool). The classifier is the JVM's one
 * ({@link ClassifierHolder}). Every input row gives one {@link #SCHEMA} row: a classified record
 * (its {@link ResultRows} columns and, when asked, its CLI JSON line) or a reject.
 */
final class ClassifyPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    /** Records classified together: the CLI's default {@code --batch}. */
    static final int BATCH = 64;

    static final String REJECTED = "_rejected";
    static final String JSON = "_json";
    static final List<String> REJECT_COLUMNS = List.of("_reject_file", "_reject_line", "_reject_reason", "_reject_raw");

    private final BundleLocation bundle;
    private final ArrayList<String> labels;
    private final boolean json;
    private final int resultColumns;

    /**
     * @param json whether to add each classified record's JSON line as the CLI writes it
     */
    ClassifyPartition(BundleLocation bundle, List<String> labels, boolean json) {
        this.bundle = bundle;
        this.labels = new ArrayList<>(labels);
        this.json = json;
        this.resultColumns = ResultRows.schema(labels).size();
    }

    /** The outcome rows: input order, whether rejected, the JSON line, the result columns, the reject columns. */
    static StructType schema(List<String> labels) {
        StructType s = new StructType()
                .add(IngestedRows.FILE_INDEX, DataTypes.IntegerType, false)
                .add(IngestedRows.PART, DataTypes.StringType, false)
                .add(IngestedRows.SEQ, DataTypes.LongType, false)
                .add(REJECTED, DataTypes.BooleanType, false)
                .add(JSON, DataTypes.StringType);
        for (var f : ResultRows.schema(labels).fields()) {
            s = s.add(f.name(), f.dataType(), true); // null in a reject's row
        }
        return s.add(REJECT_COLUMNS.get(0), DataTypes.StringType)
                .add(REJECT_COLUMNS.get(1), DataTypes.LongType)
                .add(REJECT_COLUMNS.get(2), DataTypes.StringType)
                .add(REJECT_COLUMNS.get(3), DataTypes.StringType);
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        if (!rows.hasNext()) {
            return Collections.emptyIterator();
        }
        RecordClassifier classifier = ClassifierHolder.get(bundle.resolve());
        ObjectWriter writer = Json.mapper().writer();
        ForkJoinPool pool = new ForkJoinPool(1);
        return new Iterator<>() {
            private Iterator<Row> done = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                if (done.hasNext()) {
                    return true;
                }
                if (!rows.hasNext()) {
                    pool.shutdown();
                    return false;
                }
                done = classify(classifier, writer, pool, rows).iterator();
                return done.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return done.next();
            }
        };
    }

    /** The next batch of {@code rows}, classified. */
    private List<Row> classify(RecordClassifier classifier, ObjectWriter writer, ForkJoinPool pool, Iterator<Row> rows) {
        List<Row> in = new ArrayList<>(BATCH);
        List<RecordClassifier.Item> items = new ArrayList<>(BATCH);
        while (rows.hasNext() && in.size() < BATCH) {
            Row r = rows.next();
            in.add(r);
            items.add(new RecordClassifier.Item(IngestedRows.record(r), r.getAs(DuplicateStage.DUPLICATE_OF),
                    r.getAs(DuplicateStage.DUPLICATE_ID_OF)));
        }
        List<Outcome> outcomes;
        try {
            outcomes = pool.submit(() -> classifier.classifyAll(items)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("classification interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("classification failed: " + e.getCause(), e.getCause());
        }
        List<Row> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            out.add(row(in.get(i), outcomes.get(i), writer));
        }
        return out;
    }

    private Row row(Row in, Outcome outcome, ObjectWriter writer) {
        List<Object> v = new ArrayList<>();
        for (String c : IngestedRows.ORDER) {
            v.add(in.getAs(c));
        }
        if (outcome instanceof Outcome.Classified c) {
            v.add(false);
            v.add(json ? json(writer, c.result()) : null);
            v.addAll(ResultRows.values(c.result(), labels));
            v.addAll(Collections.nCopies(REJECT_COLUMNS.size(), null));
        } else {
            Reject j = ((Outcome.Rejected) outcome).reject();
            v.add(true);
            v.add(null);
            v.addAll(Collections.nCopies(resultColumns, null));
            v.addAll(List.of(j.file(), j.line(), j.reason()));
            v.add(j.raw());
        }
        return RowFactory.create(v.toArray());
    }

    private static String json(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
