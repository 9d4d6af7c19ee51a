package org.stancemap.classify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.stancemap.corpus.CsvWriter;
import org.stancemap.corpus.InputFormat;
import org.stancemap.corpus.JsonlWriter;
import org.stancemap.corpus.Reject;
import org.stancemap.stance.ClassifiedRecord;

/** Result and reject sinks over the corpus package's atomic writers; results in the fields of {@link ResultSchema}. */
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
        return format == OutputFormat.JSONL ? new Jsonl<>(JsonlWriter.create(out)) : new Csv(CsvWriter.create(out, ResultSchema.columnNames(labels)), labels);
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
            w.writeRow(ResultSchema.row(record, labels));
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
}
