package org.stancemap.spark;

import java.util.List;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.stancemap.corpus.AbstractRecord;
import org.stancemap.corpus.DuplicateDetector;
import org.stancemap.corpus.Ingested;
import org.stancemap.corpus.Reject;
import org.stancemap.corpus.SourceRef;

/**
 * The rows of the read stage: one per item a reader gave, an accepted record (its fields and the
 * duplicate stage's keys) or a reader's reject (file, line, reason, raw). {@link #ORDER} gives the
 * CLI's input order: {@code file_index} (the input's position on the command line), {@code part}
 * (the part file of a Parquet folder; empty otherwise) and {@code seq} (the item's position in its file).
 */
final class IngestedRows {

    static final String FILE_INDEX = "file_index";
    static final String SEQ = "seq";
    static final String FILE = "file";
    static final String LINE = "line";
    static final String REASON = "reason";
    static final String RAW = "raw";
    static final String DOI_KEY = "doi_key";
    static final String TEXT_KEY = "text_key";
    static final String OUTPUT_ID = "output_id";
    static final String SOURCE = "source";
    static final String PART = "part";

    static final StructType SCHEMA = new StructType()
            .add(FILE_INDEX, DataTypes.IntegerType, false)
            .add(SEQ, DataTypes.LongType, false)
            .add(FILE, DataTypes.StringType, false)
            .add(LINE, DataTypes.LongType, false)
            .add(REASON, DataTypes.StringType)
            .add(RAW, DataTypes.StringType)
            .add("id", DataTypes.StringType)
            .add("doi", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("type", DataTypes.StringType)
            .add("published", DataTypes.StringType)
            .add("venue", DataTypes.StringType)
            .add("citations", DataTypes.IntegerType)
            .add("text", DataTypes.StringType)
            .add("label", DataTypes.StringType)
            .add("work", DataTypes.StringType)
            .add(DOI_KEY, DataTypes.StringType)
            .add(TEXT_KEY, DataTypes.StringType)
            .add(OUTPUT_ID, DataTypes.StringType)
            .add(SOURCE, DataTypes.StringType)
            .add(PART, DataTypes.StringType, false);

    /** The input order: an item's position on the command line, its part file (Parquet folders), its position in that. */
    static final List<String> ORDER = List.of(FILE_INDEX, PART, SEQ);

    private IngestedRows() {}

    /** The row of {@code item}, the {@code seq}-th item of input {@code fileIndex}. */
    static Row row(int fileIndex, long seq, Ingested item) {
        return row(fileIndex, "", seq, item);
    }

    /** The row of {@code item}, the {@code seq}-th item of {@code part} of input {@code fileIndex}. */
    static Row row(int fileIndex, String part, long seq, Ingested item) {
        if (item instanceof Ingested.Rejected r) {
            Reject j = r.reject();
            return RowFactory.create(fileIndex, seq, j.file(), j.line(), j.reason(), j.raw(),
                    null, null, null, null, null, null, null, null, null, null, null, null, null, j.file() + ":" + j.line(), part);
        }
        AbstractRecord a = ((Ingested.Accepted) item).record();
        return RowFactory.create(fileIndex, seq, a.source().file(), a.source().line(), null, null,
                a.id(), a.doi(), a.title(), a.type(), a.published(), a.venue(), a.citations(), a.text(), a.label(), a.work(),
                DuplicateDetector.normaliseDoi(a.doi()), textKey(a.text()), a.outputId(), a.source().toString(), part);
    }

    /** The accepted record of {@code row} (a row of {@link #SCHEMA}, or one with more columns after). */
    static AbstractRecord record(Row row) {
        return new AbstractRecord(row.getString(6), row.getString(7), row.getString(8), row.getString(9), row.getString(10),
                row.getString(11), row.isNullAt(12) ? null : row.getInt(12), row.getString(13), row.getString(14),
                row.getString(15), new SourceRef(row.getString(2), row.getLong(3)));
    }

    /**
     * The duplicate stage's text key: SHA-256 of {@link DuplicateDetector#normaliseText}, or null when
     * that is empty (a text without letters or digits matches nothing, as in the CLI).
     */
    static String textKey(String text) {
        String norm = DuplicateDetector.normaliseText(text);
        return norm.isEmpty() ? null : DigestUtils.sha256Hex(norm);
    }
}
