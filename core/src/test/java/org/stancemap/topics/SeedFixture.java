package org.stancemap.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real seed abstracts of the project's corpus ({@code corpus/seed.jsonl}), tokenised by a
 * simple stand-in for the project analyzer (lowercase letter runs of 3+ characters, Smile's
 * default English stop words removed), which keeps these tests independent of CoreNLP.
 */
final class SeedFixture {
    private SeedFixture() {}

    /** DOI to abstract text, in corpus order. */
    static Map<String, String> texts() {
        Map<String, String> out = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        try {
            for (String line : Files.readAllLines(Path.of("corpus", "seed.jsonl"), StandardCharsets.UTF_8)) {
                JsonNode r = json.readTree(line);
                out.put(r.get("doi").asText(), r.get("text").asText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The abstracts as topic documents. */
    static List<TopicDocument> documents() {
        List<TopicDocument> docs = new ArrayList<>();
        texts().forEach((id, text) -> docs.add(new TopicDocument(id, tokens(text))));
        return docs;
    }

    /** The benchmark's stand-in tokenizer, so tests and benchmark tokenise alike. */
    static List<String> tokens(String text) {
        return PlainTokens.of(text);
    }
}
