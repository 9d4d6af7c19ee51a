package org.stancemap.corpus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The project's configured Jackson mapper. Thread-safe once built; callers must not reconfigure the
 * shared instance (use {@link ObjectMapper#copy()} for a variant).
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
}
