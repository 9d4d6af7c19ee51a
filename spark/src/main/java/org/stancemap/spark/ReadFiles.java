package org.stancemap.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.stancemap.corpus.InputFormat;
import org.stancemap.corpus.LabelValidator;
import org.stancemap.corpus.RecordReaders;
import org.stancemap.corpus.RecordSource;

/**
 * The read stage for files read by the core's readers: one input row ({@code file_index},
 * {@code path}) becomes the {@link IngestedRows} of every item the file holds, read, cleaned and
 * label-checked exactly as the CLI reads it ({@link RecordReaders}, {@link LabelValidator}), so
 * lines, texts and reject reasons are the CLI's. Rows are made as they are consumed; the file is
 * closed at its end. The path must be readable where the task runs (a local or shared file system).
 */
final class ReadFiles implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    /** The input rows: an input's position on the command line and its path as given. */
    static final StructType FILES = new StructType()
            .add(IngestedRows.FILE_INDEX, DataTypes.IntegerType, false)
            .add("path", DataTypes.StringType, false);

    private final String format;
    private final ArrayList<String> labels;

    /**
     * @param format the input format's id, or null to tell it from each file as the CLI does
     * @param labels the bundle's label names (records with another label are rejected)
     */
    ReadFiles(InputFormat format, List<String> labels) {
        this.format = format == null ? null : format.id();
        this.labels = new ArrayList<>(labels);
    }

    static Row file(int index, String path) {
        return RowFactory.create(index, path);
    }

    @Override
    public Iterator<Row> call(Row file) throws IOException {
        int index = file.getInt(0);
        Path path = Path.of(file.getString(1));
        InputFormat f = format != null ? InputFormat.parse(format) : RecordReaders.detect(path);
        RecordSource source = RecordReaders.open(path, f);
        LabelValidator validator = new LabelValidator(labels);
        return new Iterator<>() {
            private long seq;

            @Override
            public boolean hasNext() {
                try {
                    if (source.hasNext()) {
                        return true;
                    }
                    source.close();
                    return false;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return IngestedRows.row(index, seq++, validator.validate(source.next()));
            }
        };
    }
}
