package org.stancemap.topics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.stancemap.corpus.Json;

/**
 * The JSON of topic files, as {@link Json#topicMapper()} sets it: the model bundle's settings, strict
 * on read (unknown, missing and null keys fail), stable and LF-only on write.
 */
final class TopicJson {
    static final ObjectMapper MAPPER = Json.topicMapper();

    /** Indented with two spaces and '\n' on every platform. */
    static final ObjectWriter PRETTY = Json.pretty(MAPPER);

    /** Compact, for large arrays. */
    static final ObjectWriter COMPACT = MAPPER.writer();

    private TopicJson() {}
}
