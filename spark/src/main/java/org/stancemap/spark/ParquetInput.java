package org.stancemap.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.stancemap.corpus.AbstractRecord;
import org.stancemap.corpus.InputFormat;
import org.stancemap.corpus.Ingested;
import org.stancemap.corpus.LabelValidator;
import org.stancemap.corpus.RecordReaders;
import org.stancemap.corpus.RecordSource;
import org.stancemap.corpus.Reject;
import org.stancemap.corpus.SourceRef;

/**
 * Parquet inputs, read by Spark's Parquet reader (split across tasks as Spark splits them). Each
 * row becomes a JSON object of its columns and goes through the core's JSONL reader, so the
 * columns a JSONL record may have ({@code id}, {@code doi}, {@code title}, {@code text} or
 * {@code abstract}, {@code label}, ...) mean the same, and a row is cleaned, accepted or rejected
 * as that JSONL line would be. A row's "line" is its 1-based row number in its Parquet file
 * ({@code _metadata.row_index}); its file is the path as given, or {@code path/part-file} for a folder.
 */
final class ParquetInput {

    private ParquetInput() {}

    /** Whether {@code path} names a Parquet input (a {@code .parquet} file or folder). */
    static boolean is(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".parquet") || path.toLowerCase(Locale.ROOT).endsWith(".parquet/");
    }

    /** The rows ({@link IngestedRows#SCHEMA}) of the Parquet input {@code path}, the {@code fileIndex}-th input. */
    static Dataset<Row> read(SparkSession spark, int fileIndex, String path, List<String> labels) {
        Dataset<Row> table = spark.read().parquet(path);
        Column[] all = new Column[table.columns().length];
        for (int i = 0; i < all.length; i++) {
            all[i] = col("`" + table.columns()[i].replace("`", "``") + "`");
        }
        return table.select(lit(fileIndex).as(IngestedRows.FILE_INDEX), col("_metadata.file_name").as(IngestedRows.PART),
                        col("_metadata.row_index").as(IngestedRows.SEQ), to_json(struct(all)).as("json"))
                .map(new Rows(path, labels), Encoders.row(IngestedRows.SCHEMA));
    }

    /** One Parquet row (as JSON) through the core's JSONL reader and label check. */
    private static final class Rows implements MapFunction<Row, Row> {
        private static final long serialVersionUID = 1L;

        private final String path;
        private final ArrayList<String> labels;

        Rows(String path, List<String> labels) {
            this.path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            this.labels = new ArrayList<>(labels);
        }

        @Override
        public Row call(Row row) throws IOException {
            String part = row.getString(1);
            long index = row.getLong(2);
            String file = path.endsWith("/" + part) || path.equals(part) ? path : path + "/" + part;
            SourceRef source = new SourceRef(file, index + 1);
            byte[] json = row.getString(3).getBytes(StandardCharsets.UTF_8);
            try (RecordSource in = RecordReaders.open(new ByteArrayInputStream(json), file, InputFormat.JSONL)) {
                Iterator<Ingested> items = in;
                Ingested item = new LabelValidator(labels).validate(items.next());
                return IngestedRows.row(row.getInt(0), part, index, at(item, source));
            }
        }

        /** {@code item} as read at {@code source} (the reader saw it on line 1 of a one-line stream). */
        private static Ingested at(Ingested item, SourceRef source) {
            if (item instanceof Ingested.Rejected r) {
                Reject j = r.reject();
                return new Ingested.Rejected(new Reject(source.file(), source.line(), j.reason(), j.raw()));
            }
            AbstractRecord a = ((Ingested.Accepted) item).record();
            return new Ingested.Accepted(new AbstractRecord(a.id(), a.doi(), a.title(), a.type(), a.published(), a.venue(),
                    a.citations(), a.text(), a.label(), a.work(), source));
        }
    }
}
