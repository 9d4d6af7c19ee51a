package org.stancemap.classify;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.stancemap.stance.ClassifiedRecord;
import org.stancemap.stance.ReferenceSet;
import org.stancemap.topics.TopicShare;

/**
 * The fields of a classified record, declared once, in their one order: the JSONL object
 * ({@link JsonFormat}, null fields left out), the CSV header and rows ({@link #columns(List)},
 * {@link #row(ClassifiedRecord, List)}) and any other output (a Spark schema) are derived from
 * {@link #fields()}; readers of results name fields by these constants. Adding a field means adding
 * it to {@link ClassifiedRecord} and to {@link #fields()}. Stateless and thread-safe.
 */
public final class ResultSchema {

    public static final String ID = "id";
    public static final String DOI = "doi";
    public static final String TITLE = "title";
    public static final String PUBLISHED = "published";
    public static final String VENUE = "venue";
    public static final String LABEL = "label";
    public static final String CONFIDENCE = "confidence";
    public static final String PROBABILITIES = "probabilities";
    public static final String PREDICTION_SET = "prediction_set";
    public static final String UNCERTAIN = "uncertain";
    public static final String FAR_FROM_LABELLED = "far_from_labelled";
    public static final String TITLE_ONLY = "title_only";
    public static final String TRUNCATED = "truncated";
    public static final String LANGUAGE = "language";
    public static final String EXPLANATION = "explanation";
    public static final String TOPICS = "topics";
    public static final String GOLD = "gold";
    public static final String MODEL = "model";
    public static final String DUPLICATE_OF = "duplicate_of";
    public static final String DUPLICATE_ID_OF = "duplicate_id_of";
    public static final String SOURCE = "source";

    /** Prefix of the flat column of one label's probability: {@code p_<label>}. */
    public static final String PROBABILITY_PREFIX = "p_";
    /** The flat columns of {@link Kind#EXPLANATION}. */
    public static final String TOP_TERMS = "top_terms";
    public static final String NEAREST_ID = "nearest_id";
    public static final String NEAREST_LABEL = "nearest_label";
    public static final String NEAREST_SIMILARITY = "nearest_similarity";
    /** Joins the items of a list in one flat column. */
    public static final String LIST_SEPARATOR = "|";

    /** What a field holds: the Java type {@link Field#value} returns, and how it flattens to columns. */
    public enum Kind {
        /** A {@code String}; one column. */
        STRING,
        /** A {@code Double}; one column. */
        NUMBER,
        /** A {@code Boolean}; one column. */
        BOOLEAN,
        /** A {@code List<String>}; one column, the items joined by {@value ResultSchema#LIST_SEPARATOR}. */
        STRINGS,
        /** A {@code Map<String, Double>} from label to probability in label order; one column {@code p_<label>} per label. */
        PROBABILITIES,
        /**
         * A {@link ClassifiedRecord.Explanation} (terms with weights, the nearest labelled abstract);
         * columns {@value ResultSchema#TOP_TERMS} (terms joined), {@value ResultSchema#NEAREST_ID}, {@value ResultSchema#NEAREST_LABEL},
         * {@value ResultSchema#NEAREST_SIMILARITY}.
         */
        EXPLANATION,
        /** A {@code List<TopicShare>}; one column of {@code topic:label:weight} items joined. */
        TOPICS
    }

    /** The type of a flat column's values: {@code String}, {@code Double} or {@code Boolean} (or null). */
    public enum ColumnType { STRING, DOUBLE, BOOLEAN }

    /**
     * One field of a classified record.
     *
     * @param name     its name in every output
     * @param kind     what it holds
     * @param optional whether it may be absent (null: left out of JSON, an empty CSV cell)
     * @param getter   its value in a record
     */
    public record Field(String name, Kind kind, boolean optional, Function<ClassifiedRecord, ?> getter) {
        /** The field's value in {@code r}, of the Java type its {@link Kind} names, or null. */
        public Object value(ClassifiedRecord r) {
            return getter.apply(r);
        }
    }

    /**
     * One flat column (CSV, a flat table).
     *
     * @param name     the column name
     * @param type     its values' type
     * @param optional whether a value may be null
     */
    public record Column(String name, ColumnType type, boolean optional) {}

    private static final List<Field> FIELDS = List.of(
            new Field(ID, Kind.STRING, false, ClassifiedRecord::id),
            new Field(DOI, Kind.STRING, true, ClassifiedRecord::doi),
            new Field(TITLE, Kind.STRING, true, ClassifiedRecord::title),
            new Field(PUBLISHED, Kind.STRING, true, ClassifiedRecord::published),
            new Field(VENUE, Kind.STRING, true, ClassifiedRecord::venue),
            new Field(LABEL, Kind.STRING, false, ClassifiedRecord::label),
            new Field(CONFIDENCE, Kind.NUMBER, false, ClassifiedRecord::confidence),
            new Field(PROBABILITIES, Kind.PROBABILITIES, false, ClassifiedRecord::probabilities),
            new Field(PREDICTION_SET, Kind.STRINGS, false, ClassifiedRecord::predictionSet),
            new Field(UNCERTAIN, Kind.BOOLEAN, false, ClassifiedRecord::uncertain),
            new Field(FAR_FROM_LABELLED, Kind.BOOLEAN, true, ClassifiedRecord::farFromLabelled),
            new Field(TITLE_ONLY, Kind.BOOLEAN, false, ClassifiedRecord::titleOnly),
            new Field(TRUNCATED, Kind.BOOLEAN, false, ClassifiedRecord::truncated),
            new Field(LANGUAGE, Kind.STRING, true, ClassifiedRecord::language),
            new Field(EXPLANATION, Kind.EXPLANATION, true, ClassifiedRecord::explanation),
            new Field(TOPICS, Kind.TOPICS, true, ClassifiedRecord::topics),
            new Field(GOLD, Kind.STRING, true, ClassifiedRecord::gold),
            new Field(MODEL, Kind.STRING, false, ClassifiedRecord::model),
            new Field(DUPLICATE_OF, Kind.STRING, true, ClassifiedRecord::duplicateOf),
            new Field(DUPLICATE_ID_OF, Kind.STRING, true, ClassifiedRecord::duplicateIdOf),
            new Field(SOURCE, Kind.STRING, false, ClassifiedRecord::source));

    private ResultSchema() {}

    /** Every field, in output order. */
    public static List<Field> fields() {
        return FIELDS;
    }

    /** The flat columns of records over {@code labels}, in output order: the CSV header. */
    public static List<Column> columns(List<String> labels) {
        List<Column> out = new ArrayList<>();
        for (Field f : FIELDS) {
            switch (f.kind()) {
                case STRING, STRINGS, TOPICS -> out.add(new Column(f.name(), ColumnType.STRING, f.optional()));
                case NUMBER -> out.add(new Column(f.name(), ColumnType.DOUBLE, f.optional()));
                case BOOLEAN -> out.add(new Column(f.name(), ColumnType.BOOLEAN, f.optional()));
                case PROBABILITIES -> labels.forEach(l -> out.add(new Column(PROBABILITY_PREFIX + l, ColumnType.DOUBLE, f.optional())));
                case EXPLANATION -> {
                    out.add(new Column(TOP_TERMS, ColumnType.STRING, true));
                    out.add(new Column(NEAREST_ID, ColumnType.STRING, true));
                    out.add(new Column(NEAREST_LABEL, ColumnType.STRING, true));
                    out.add(new Column(NEAREST_SIMILARITY, ColumnType.DOUBLE, true));
                }
            }
        }
        return out;
    }

    /** The names of {@link #columns(List)}. */
    public static List<String> columnNames(List<String> labels) {
        return columns(labels).stream().map(Column::name).toList();
    }

    /**
     * The flat values of {@code r} in the order of {@link #columns(List)}: strings, doubles, booleans
     * or null for an absent value.
     */
    public static List<Object> row(ClassifiedRecord r, List<String> labels) {
        List<Object> out = new ArrayList<>();
        for (Field f : FIELDS) {
            Object v = f.value(r);
            switch (f.kind()) {
                case STRING, NUMBER, BOOLEAN -> out.add(v);
                case STRINGS -> out.add(v == null ? null : String.join(LIST_SEPARATOR, strings(v)));
                case PROBABILITIES -> {
                    Map<?, ?> p = (Map<?, ?>) v;
                    labels.forEach(l -> out.add(p == null ? null : p.get(l)));
                }
                case EXPLANATION -> explanationCells((ClassifiedRecord.Explanation) v, out);
                case TOPICS -> out.add(v == null ? null : String.join(LIST_SEPARATOR, topics(v)));
            }
        }
        return out;
    }

    private static void explanationCells(ClassifiedRecord.Explanation ex, List<Object> out) {
        ReferenceSet.Neighbour nearest = ex == null ? null : ex.nearest();
        out.add(ex == null || ex.terms() == null ? null
                : String.join(LIST_SEPARATOR, ex.terms().stream().map(t -> t.term()).toList()));
        out.add(nearest == null ? null : nearest.id());
        out.add(nearest == null ? null : nearest.label());
        out.add(nearest == null ? null : nearest.similarity());
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object v) {
        return (List<String>) v;
    }

    @SuppressWarnings("unchecked")
    private static List<String> topics(Object v) {
        return ((List<TopicShare>) v).stream()
                .map(t -> t.topic() + ":" + t.label() + ":" + String.format(Locale.ROOT, "%.3f", t.weight()))
                .toList();
    }

    /**
     * A classified record as one JSON object: the {@link #fields()} in order, absent ones left out,
     * nested values written by the mapper's own rules. {@link ClassifiedRecord} names it as its
     * serializer, so any mapper of {@link org.stancemap.corpus.Json} writes records this way.
     */
    public static final class JsonFormat extends StdSerializer<ClassifiedRecord> {
        public JsonFormat() {
            super(ClassifiedRecord.class);
        }

        @Override
        public void serialize(ClassifiedRecord r, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject(r);
            for (Field f : FIELDS) {
                Object v = f.value(r);
                if (v != null) {
                    provider.defaultSerializeField(f.name(), v, gen);
                }
            }
            gen.writeEndObject();
        }
    }
}
