package org.stancemap.spark;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.stancemap.classify.ResultSchema;
import org.stancemap.stance.ClassifiedRecord;

/**
 * A classified record as a flat table row (Parquet, CSV): the core's {@link ResultSchema#columns}
 * (the CLI's CSV columns, in the JSONL order) as a Spark schema, and {@link ResultSchema#row} as
 * the row's values. The one place the Spark job maps a {@link ClassifiedRecord} to columns.
 */
final class ResultRows {

    private ResultRows() {}

    /** The columns of records over {@code labels}, in output order. */
    static StructType schema(List<String> labels) {
        StructType s = new StructType();
        for (ResultSchema.Column c : ResultSchema.columns(labels)) {
            s = s.add(c.name(), type(c.type()), c.optional());
        }
        return s;
    }

    private static DataType type(ResultSchema.ColumnType t) {
        return switch (t) {
            case STRING -> DataTypes.StringType;
            case DOUBLE -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
        };
    }

    /** The values of {@code r} in the order of {@link #schema}: strings, doubles, booleans or null. */
    static List<Object> values(ClassifiedRecord r, List<String> labels) {
        return ResultSchema.row(r, labels);
    }
}
