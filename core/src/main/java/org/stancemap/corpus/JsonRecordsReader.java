package org.stancemap.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Streams JSON records in any of the shapes APIs and exports give: one object, a results page (an
 * object with a {@code results} array), an array of objects, or JSON Lines of objects. Subclasses
 * say how an object becomes a {@link RecordDraft}. An input whose first line is a whole JSON value
 * is read line by line, so a malformed line costs only itself; any other input is read as a
 * sequence of JSON values, and a syntax error there rejects the rest of the input as one item,
 * naming the line. A record without abstract is title-only; without either it is
 * {@link Ingested.Rejected}, as is a value that is not an object. Not thread-safe.
 */
abstract class JsonRecordsReader extends LookaheadSource {

    // values are read one by one from a longer stream: what follows a value is not an error
    private static final ObjectReader TREE = Json.mapper().reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Deque<Ingested> queue = new ArrayDeque<>();
    private final Utf8LineReader lines;
    private final JsonParser parser;
    private final InputStream in;
    private boolean failed;

    /** Reads {@code in} (closed by {@link #close()}); {@code name} is used in sources and rejects. */
    JsonRecordsReader(InputStream in, String name) throws IOException {
        super(name);
        BufferedInputStream buffered = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, InputBytes.HEAD);
        this.in = buffered;
        if (firstLineIsWhole(buffered)) {
            this.lines = new Utf8LineReader(buffered);
            this.parser = null;
        } else {
            this.lines = null;
            this.parser = Json.mapper().getFactory().rebuild().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build()
                    .createParser(buffered);
        }
    }

    private static boolean firstLineIsWhole(BufferedInputStream in) throws IOException {
        byte[] head = InputBytes.peek(in, InputBytes.HEAD);
        int end = 0;
        while (end < head.length && head[end] != '\n') {
            end++;
        }
        if (end == head.length && head.length == InputBytes.HEAD) {
            return false;
        }
        try {
            JsonNode first = Json.mapper().readTree(new String(head, 0, end, java.nio.charset.StandardCharsets.UTF_8));
            return first != null && first.isContainerNode();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    @Override
    Ingested readNext() throws IOException {
        while (queue.isEmpty()) {
            if (!(lines != null ? readLine() : readValue())) {
                return null;
            }
        }
        return queue.poll();
    }

    private boolean readLine() throws IOException {
        Utf8LineReader.Line line = lines.next();
        if (line == null) {
            return false;
        }
        if (line.text().isBlank() && line.valid()) {
            return true;
        }
        if (!line.valid()) {
            queue.add(reject(line.number(), RisReader.invalidUtf8(line.number()), line.text()));
            return true;
        }
        try {
            add(Json.mapper().readTree(line.text()), line.number());
        } catch (JsonProcessingException e) {
            queue.add(reject(line.number(), "malformed JSON: " + e.getOriginalMessage(), line.text()));
        }
        return true;
    }

    private boolean readValue() throws IOException {
        if (failed) {
            return false;
        }
        long at = 1;
        try {
            JsonToken t = parser.nextToken();
            if (t == null) {
                return false;
            }
            at = parser.currentTokenLocation().getLineNr();
            if (t == JsonToken.START_ARRAY) {
                JsonToken e;
                while ((e = parser.nextToken()) != null && e != JsonToken.END_ARRAY) {
                    long line = parser.currentTokenLocation().getLineNr();
                    add(TREE.readTree(parser), line);
                }
            } else {
                add(TREE.readTree(parser), at);
            }
        } catch (JsonProcessingException e) {
            failed = true;
            long line = e.getLocation() == null ? at : e.getLocation().getLineNr();
            queue.add(reject(line, "malformed JSON, the rest of the input cannot be read: " + e.getOriginalMessage(), ""));
        }
        return true;
    }

    private void add(JsonNode value, long line) {
        if (value != null && value.isObject() && value.path("results").isArray()) {
            for (JsonNode work : value.get("results")) {
                add(work, line);
            }
        } else if (value == null || !value.isObject()) {
            queue.add(reject(line, "expected " + what() + " object, found " + (value == null ? "nothing"
                    : value.getNodeType().name().toLowerCase(java.util.Locale.ROOT)), String.valueOf(value)));
        } else {
            queue.add(draft(value).toIngested(name(), line, value.toString()));
        }
    }

    /** The fields of one record object. */
    abstract RecordDraft draft(JsonNode object);

    /** What a record object is, for messages: {@code an OpenAlex work}. */
    abstract String what();

    private Ingested reject(long line, String reason, String raw) {
        return new Ingested.Rejected(new Reject(name(), line, reason, cut(raw)));
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
        in.close();
    }
}
