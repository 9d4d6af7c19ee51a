package org.stancemap.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The duplicate stage, with the CLI's meaning ({@link org.stancemap.corpus.DuplicateDetector}):
 * {@code duplicate_of} is the {@code file:line} of the first record in input order with the same
 * normalised DOI or, failing that, the same normalised text; {@code duplicate_id_of} that of the
 * first record with the same output id. "First" is the least ({@code file_index}, {@code seq}):
 * the order of the inputs as given, then the order in each file. Each key is one window
 * (a shuffle by that key); a record is its group's first when the minimum is itself.
 */
final class DuplicateStage {

    static final String DUPLICATE_OF = "duplicate_of";
    static final String DUPLICATE_ID_OF = "duplicate_id_of";

    private DuplicateStage() {}

    /** {@code accepted} (rows of {@link IngestedRows#SCHEMA}) with the two duplicate columns added. */
    static Dataset<Row> apply(Dataset<Row> accepted) {
        return accepted
                .withColumn(DUPLICATE_OF, coalesce(earlier(IngestedRows.DOI_KEY), earlier(IngestedRows.TEXT_KEY)))
                .withColumn(DUPLICATE_ID_OF, earlier(IngestedRows.OUTPUT_ID));
    }

    /** The source of the first record with this row's {@code key}, when that is another record; else null. */
    private static Column earlier(String key) {
        Column first = min(struct(col(IngestedRows.FILE_INDEX), col(IngestedRows.PART), col(IngestedRows.SEQ),
                col(IngestedRows.SOURCE))).over(Window.partitionBy(col(key)));
        Column other = lit(false);
        for (String c : IngestedRows.ORDER) {
            other = other.or(first.getField(c).notEqual(col(c)));
        }
        return when(col(key).isNotNull().and(other), first.getField(IngestedRows.SOURCE));
    }
}
