package org.stancemap.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;

/**
 * Streams OpenAlex works ({@link OpenAlexWork} says which fields) from any of the shapes the API
 * and the snapshot give: one work object ({@code GET /works/W...}), a results page ({@code results}
 * array, {@code GET /works?...}), an array of works, or JSON Lines of works (snapshot part files,
 * decompressed by {@link InputBytes} when gzipped); errors as in {@link JsonRecordsReader}. Not
 * thread-safe.
 */
public final class OpenAlexReader extends JsonRecordsReader {

    /** Reads {@code in} (closed by {@link #close()}); {@code name} is used in sources and rejects. */
    public OpenAlexReader(InputStream in, String name) throws IOException {
        super(in, name);
    }

    @Override
    RecordDraft draft(JsonNode work) {
        return OpenAlexWork.draft(work);
    }

    @Override
    String what() {
        return "an OpenAlex work";
    }
}
