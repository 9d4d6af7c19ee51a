package org.stancemap.corpus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The project's JSON policy: every Jackson mapper of the core and the command line is made here,
 * one per purpose, so that a setting is written once. Thread-safe once built; callers must not
 * reconfigure a shared instance (use {@link ObjectMapper#copy()} for a variant).
 *
 * <ul>
 *   <li>{@link #mapper()}: records, JSONL results and rejects, settings (below);</li>
 *   <li>{@link #bundleMapper()}: the parts of a model bundle and its label set: unknown keys and
 *       null primitives fail, map keys are written sorted, so a bundle's bytes depend on its content
 *       only;</li>
 *   <li>{@link #topicMapper()}: the files of a topic model: the bundle's settings, and missing or
 *       null constructor properties fail too;</li>
 *   <li>{@link #reportMapper()}: the JSON reports and summaries that commands build as trees
 *       ({@code evaluate --json}, {@code diff --json}, {@code topics ... --json}): Jackson's
 *       defaults, so that a double stays a double (NaN included) in a tree;</li>
 *   <li>{@link #pretty(ObjectMapper)}: any of them indented by two spaces with {@code '\n'} line
 *       ends on every platform.</li>
 * </ul>
 *
 * <p>Two readings, on purpose: {@link #mapper()} fails on unknown properties, because settings and
 * saved bundles must refuse keys they do not know (a global "ignore unknown" would override
 * {@code @JsonIgnoreProperties(ignoreUnknown = false)} on them, which only ever adds leniency);
 * {@link #lenientReader(Class)} ignores unknown properties, for input records, whose exports carry
 * many fields we do not read. Output is compact (one value per line for JSONL), in each record's
 * {@code @JsonPropertyOrder}, with non-ASCII text written as UTF-8 rather than escaped. Input is
 * strict about syntax: duplicate keys and trailing tokens are errors, and decimals are read as
 * {@code BigDecimal} so that their digits survive.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .addMixIn(AbstractRecord.class, AbstractRecordMixIn.class)
            .build();

    private static final ObjectMapper BUNDLE = storeBuilder().build();

    private static final ObjectMapper TOPIC = storeBuilder()
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    private static final ObjectMapper REPORT = JsonMapper.builder().build();

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance);

    /** Keeps the derived {@code isLabelled()} out of the JSON: {@link AbstractRecord} is a fixed type. */
    private abstract static class AbstractRecordMixIn {
        @JsonIgnore
        public abstract boolean isLabelled();
    }

    private Json() {}

    /** The shared strict mapper: unknown properties are errors. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A reader of {@code type} that ignores unknown properties, for input records. */
    public static ObjectReader lenientReader(Class<?> type) {
        return MAPPER.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The mapper of model bundle parts and label sets: strict on read, sorted map keys on write. */
    public static ObjectMapper bundleMapper() {
        return BUNDLE;
    }

    /** The mapper of topic model files: {@link #bundleMapper()}'s settings, and every constructor property required. */
    public static ObjectMapper topicMapper() {
        return TOPIC;
    }

    /** The mapper of JSON reports built as trees: Jackson's defaults (doubles stay doubles, NaN included). */
    public static ObjectMapper reportMapper() {
        return REPORT;
    }

    /** A writer of {@code mapper} that indents by two spaces, {@code '\n'} line ends, arrays on one line. */
    public static ObjectWriter pretty(ObjectMapper mapper) {
        return mapper.writer(PRETTY);
    }

    /** Stored models' settings: unknown keys and null primitives fail; output depends on content only. */
    private static JsonMapper.Builder storeBuilder() {
        return JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }
}
