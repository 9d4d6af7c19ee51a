package org.stancemap.topics;

import java.util.List;
import java.util.Objects;

/**
 * One document as the topic model sees it: an id and its tokens (analyzer lemmas, in text order).
 *
 * @param id     the record id, unique within a corpus (used to name typical documents)
 * @param tokens the analysed tokens; may be empty (such a document gets the prior mixture)
 */
public record TopicDocument(String id, List<String> tokens) {

    public TopicDocument {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("Invalid document id: '" + id + "' (expected a non-blank string)");
        }
        Objects.requireNonNull(tokens, () -> "tokens of document " + id);
        for (String t : tokens) {
            if (t == null || t.isEmpty()) {
                throw new IllegalArgumentException("Invalid token in document " + id + ": '" + t
                        + "' (expected a non-empty string)");
            }
        }
        tokens = List.copyOf(tokens);
    }
}
