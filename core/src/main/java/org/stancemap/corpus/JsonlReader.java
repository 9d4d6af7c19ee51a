package org.stancemap.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams JSON Lines: one JSON object per line, read one line at a time.
 *
 * <p>Fields read: {@code id} (string or number, kept as a string as written), {@code doi},
 * {@code title}, {@code type}, {@code published} (date string or year, normalised by
 * {@link PublicationDate}), {@code venue}, {@code citations} (non-negative integer), {@code text}
 * or else {@code abstract} ({@code text} wins when both are present and not null), {@code label},
 * {@code work}. Other fields, including a {@code source} written by {@link JsonlWriter}, are
 * ignored; the source is always this file and line. Blank strings read as null. Blank lines are
 * skipped. A record with a title and no text is read on its title
 * ({@link AbstractRecord#textOrTitle}). A line that is not valid UTF-8, not one JSON object, has a
 * field of the wrong type, a string holding an unpaired surrogate escape such as {@code "\ud800"}
 * ({@link LoneSurrogates}), or no text and no title is {@link Ingested.Rejected} with the raw line
 * (cut to 2,000 characters), and reading goes on. Not thread-safe.
 */
public final class JsonlReader extends LookaheadSource {

    private final Utf8LineReader lines;

    /** Reads {@code in} (closed by {@link #close()}); {@code name} is used in sources and rejects. */
    public JsonlReader(InputStream in, String name) {
        super(name);
        this.lines = new Utf8LineReader(in);
    }

    /** Opens {@code file}; its path as given is the {@link #name()}. */
    public static JsonlReader open(Path file) throws IOException {
        return new JsonlReader(Files.newInputStream(file), file.toString());
    }

    @Override
    Ingested readNext() throws IOException {
        Utf8LineReader.Line line = lines.nextNonBlank();
        if (line == null) {
            return null;
        }
        if (!line.valid()) {
            return reject(line, "invalid UTF-8 at line " + line.number());
        }
        JsonNode node;
        try {
            node = Json.mapper().readTree(line.text());
        } catch (JsonProcessingException e) {
            return reject(line, "malformed JSON: " + e.getOriginalMessage());
        }
        if (!node.isObject()) {
            return reject(line, "expected one JSON object per line, found " + kind(node));
        }
        try {
            return new Ingested.Accepted(toRecord(node, new SourceRef(name(), line.number())));
        } catch (IllegalArgumentException e) {
            return reject(line, e.getMessage());
        }
    }

    private static AbstractRecord toRecord(JsonNode o, SourceRef source) {
        JsonNode textNode = o.hasNonNull("text") ? o.get("text") : o.get("abstract");
        String title = string(o, "title");
        String text = AbstractRecord.textOrTitle(string(o, textNode, textNode == o.get("text") ? "text" : "abstract"), title);
        if (text == null) {
            throw new IllegalArgumentException("empty text: no 'text', 'abstract' or 'title' field with content");
        }
        String published = scalar(o, "published");
        if (published != null) {
            try {
                published = PublicationDate.normalise(published);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("field 'published': " + e.getMessage());
            }
        }
        return new AbstractRecord(scalar(o, "id"), string(o, "doi"), title, string(o, "type"), published,
                string(o, "venue"), citations(o.get("citations")), text, string(o, "label"), string(o, "work"), source);
    }

    private static String string(JsonNode o, String field) {
        return string(o, o.get(field), field);
    }

    private static String string(JsonNode o, JsonNode v, String field) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("field '" + field + "' must be a string, found " + kind(v));
        }
        String problem = LoneSurrogates.problem(field, v.asText());
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return v.asText().isBlank() ? null : v.asText();
    }

    /** A string or a number, kept as the text written (numbers: their digits). */
    private static String scalar(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v != null && v.isNumber()) {
            return v.isBigDecimal() ? v.decimalValue().toString() : v.asText();
        }
        return string(o, v, field);
    }

    private static Integer citations(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 0) {
            throw new IllegalArgumentException("field 'citations' must be a non-negative integer, found "
                    + kind(v) + " " + cut(v.toString()));
        }
        return v.intValue();
    }

    private static String kind(JsonNode v) {
        return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private Ingested reject(Utf8LineReader.Line line, String reason) {
        return new Ingested.Rejected(new Reject(name(), line.number(), reason, cut(line.text())));
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
