package org.stancemap.classify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stancemap.corpus.CsvWriter;
import org.stancemap.corpus.InputFormat;
import org.stancemap.corpus.JsonlWriter;
import org.stancemap.corpus.Reject;
import org.stancemap.stance.ClassifiedRecord;

/** Result and reject sinks over the corpus package's atomic writers. */
public final class Sinks {
    private Sinks() {}

    /**
     * A JSONL or CSV result sink for records over {@code labels}.
     *
     * @throws IllegalArgumentException for RIS, which needs the inputs: see the other overload
     */
    public static Sink<ClassifiedRecord> results(Path out, OutputFormat format, List<String> labels) throws IOException {
        if (format == OutputFormat.RIS) {
            throw new IllegalArgumentException("RIS output needs the input files: use results(out, format, labels, inputs, inputFormat)");
        }
        return format == OutputFormat.JSONL ? new Jsonl<>(JsonlWriter.create(out)) : new Csv(CsvWriter.create(out, csvColumns(labels)), labels);
    }

    /**
     * A result sink of any format; RIS output reads {@code inputs} (as {@code inputFormat}, null:
     * each file's own) again to write each input record with its stance ({@link RisSink}).
     */
    public static Sink<ClassifiedRecord> results(Path out, OutputFormat format, List<String> labels, List<Path> inputs,
                                                 InputFormat inputFormat) throws IOException {
        return format == OutputFormat.RIS ? new RisSink(out, inputs, inputFormat) : results(out, format, labels);
    }

    /** A JSONL rejects file: one {@link Reject} (file, line, reason, raw) per line. */
    public static Sink<Reject> rejects(Path out) throws IOException {
        return new Jsonl<>(JsonlWriter.create(out));
    }

    private record Jsonl<T>(JsonlWriter<T> w) implements Sink<T> {
        @Override
        public void write(T record) throws IOException {
            w.write(record);
        }

        @Override
        public void commit() throws IOException {
            w.commit();
        }

        @Override
        public void close() throws IOException {
            w.close();
        }
    }

    private record Csv(CsvWriter w, List<String> labels) implements Sink<ClassifiedRecord> {
        @Override
        public void write(ClassifiedRecord record) throws IOException {
            w.writeRow(csvRow(record, labels));
        }

        @Override
        public void commit() throws IOException {
            w.commit();
        }

        @Override
        public void close() throws IOException {
            w.close();
        }
    }

    /**
     * The CSV columns: the JSONL fields with {@code probabilities} flattened to {@code p_<label>};
     * the input checks' columns ({@code duplicate_id_of}, {@code title_only}, {@code truncated},
     * {@code language}) come last, after {@code source}, so that older column positions hold.
     */
    public static List<String> csvColumns(List<String> labels) {
        List<String> cols = new ArrayList<>(List.of("id", "doi", "title", "published", "venue", "label", "confidence"));
        for (String l : labels) {
            cols.add("p_" + l);
        }
        cols.addAll(List.of("prediction_set", "uncertain", "top_terms", "nearest_id", "nearest_label", "topics",
                "gold", "model", "duplicate_of", "source", "duplicate_id_of", "title_only", "truncated", "language",
                "nearest_similarity", "far_from_labelled"));
        return cols;
    }

    private static List<Object> csvRow(ClassifiedRecord r, List<String> labels) {
        List<Object> row = new ArrayList<>(List.of(nz(r.id()), nz(r.doi()), nz(r.title()), nz(r.published()),
                nz(r.venue()), r.label(), r.confidence()));
        for (String l : labels) {
            row.add(r.probabilities().get(l));
        }
        var ex = r.explanation();
        var nearest = ex == null ? null : ex.nearest();
        row.add(String.join("|", r.predictionSet()));
        row.add(r.uncertain());
        row.add(ex == null ? "" : String.join("|", ex.terms().stream().map(t -> t.term()).toList()));
        row.add(nearest == null ? "" : nearest.id());
        row.add(nearest == null ? "" : nearest.label());
        row.add(r.topics() == null ? "" : String.join("|", r.topics().stream()
                .map(t -> t.topic() + ":" + t.label() + ":" + String.format(java.util.Locale.ROOT, "%.3f", t.weight())).toList()));
        row.addAll(List.of(nz(r.gold()), r.model(), nz(r.duplicateOf()), r.source(), nz(r.duplicateIdOf()), r.titleOnly(),
                r.truncated(), nz(r.language())));
        row.add(nearest == null ? "" : nearest.similarity());
        row.add(r.farFromLabelled() == null ? "" : r.farFromLabelled());
        return row;
    }

    private static Object nz(String s) {
        return s == null ? "" : s;
    }
}
