package org.stancemap.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.stancemap.stance.ClassifiedRecord;
import org.stancemap.stance.ReferenceSet;

/**
 * A classified record as a flat table row (Parquet, CSV): the CLI's JSONL fields in their order,
 * with {@code probabilities} flattened to {@code p_<label>}, the explanation to {@code top_terms},
 * {@code nearest_id}, {@code nearest_label}, {@code nearest_similarity}, and lists joined by
 * {@code |}, as the CLI's CSV does. The one place the Spark job maps a {@link ClassifiedRecord}
 * to columns (to be derived from the core's result schema once it has one).
 */
final class ResultRows {

    private static final String SEP = "|";

    private ResultRows() {}

    /** The columns of records over {@code labels}, in output order. */
    static StructType schema(List<String> labels) {
        StructType s = new StructType();
        for (String c : List.of("id", "doi", "title", "published", "venue", "label")) {
            s = s.add(c, DataTypes.StringType);
        }
        s = s.add("confidence", DataTypes.DoubleType);
        for (String l : labels) {
            s = s.add("p_" + l, DataTypes.DoubleType);
        }
        s = s.add("prediction_set", DataTypes.StringType);
        for (String c : List.of("uncertain", "far_from_labelled", "title_only", "truncated")) {
            s = s.add(c, DataTypes.BooleanType);
        }
        s = add(s, DataTypes.StringType, "language", "top_terms", "nearest_id", "nearest_label");
        s = s.add("nearest_similarity", DataTypes.DoubleType);
        return add(s, DataTypes.StringType, "topics", "gold", "model", "duplicate_of", "duplicate_id_of", "source");
    }

    private static StructType add(StructType s, DataType type, String... names) {
        for (String n : names) {
            s = s.add(n, type);
        }
        return s;
    }

    /** The values of {@code r} in the order of {@link #schema}: strings, doubles, booleans or null. */
    static List<Object> values(ClassifiedRecord r, List<String> labels) {
        List<Object> out = new ArrayList<>(List.of(r.id()));
        out.add(r.doi());
        out.add(r.title());
        out.add(r.published());
        out.add(r.venue());
        out.add(r.label());
        out.add(r.confidence());
        for (String l : labels) {
            out.add(r.probabilities().get(l));
        }
        out.add(String.join(SEP, r.predictionSet()));
        out.add(r.uncertain());
        out.add(r.farFromLabelled());
        out.add(r.titleOnly());
        out.add(r.truncated());
        out.add(r.language());
        ClassifiedRecord.Explanation ex = r.explanation();
        ReferenceSet.Neighbour nearest = ex == null ? null : ex.nearest();
        out.add(ex == null || ex.terms() == null ? null : String.join(SEP, ex.terms().stream().map(t -> t.term()).toList()));
        out.add(nearest == null ? null : nearest.id());
        out.add(nearest == null ? null : nearest.label());
        out.add(nearest == null ? null : nearest.similarity());
        out.add(r.topics() == null ? null : String.join(SEP, r.topics().stream()
                .map(t -> t.topic() + ":" + t.label() + ":" + String.format(Locale.ROOT, "%.3f", t.weight())).toList()));
        out.add(r.gold());
        out.add(r.model());
        out.add(r.duplicateOf());
        out.add(r.duplicateIdOf());
        out.add(r.source());
        return out;
    }
}
