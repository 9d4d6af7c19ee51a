package org.stancemap.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.stancemap.corpus.Json;

/** The JSON of bundle files, as {@link Json#bundleMapper()} sets it: strict on read, stable and LF-only on write. */
final class BundleJson {
    static final ObjectMapper MAPPER = Json.bundleMapper();

    /** Indented with two spaces and '\n' on every platform, so files are byte-identical everywhere. */
    static final ObjectWriter PRETTY = Json.pretty(MAPPER);

    /** Compact, for large arrays. */
    static final ObjectWriter COMPACT = MAPPER.writer();

    private BundleJson() {}
}
