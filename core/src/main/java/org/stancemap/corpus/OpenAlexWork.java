package org.stancemap.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The fields of one OpenAlex work object: {@code id}; {@code doi}; {@code title}, else
 * {@code display_name}; {@code type}; {@code publication_date}, else {@code publication_year};
 * venue {@code primary_location.source.display_name}, else (2021 schema)
 * {@code host_venue.display_name}; {@code cited_by_count}; the abstract rebuilt from
 * {@code abstract_inverted_index} (word to positions; in the 2021 snapshot schema wrapped as
 * {@code {"IndexLength": n, "InvertedIndex": {...}}}) by placing every word at its positions.
 * Stateless.
 */
final class OpenAlexWork {

    /** The longest abstract rebuilt, in words: a bound against a corrupt index. */
    private static final int MAX_WORDS = 20_000;

    private OpenAlexWork() {}

    /** The draft of {@code work}. */
    static RecordDraft draft(JsonNode work) {
        RecordDraft d = new RecordDraft();
        d.set(RecordDraft.Field.ID, text(work.path("id")));
        d.set(RecordDraft.Field.DOI, text(work.path("doi")));
        d.set(RecordDraft.Field.TITLE, text(work.path("title")));
        d.set(RecordDraft.Field.TITLE, text(work.path("display_name")));
        d.set(RecordDraft.Field.TYPE, text(work.path("type")));
        d.set(RecordDraft.Field.PUBLISHED, text(work.path("publication_date")));
        d.set(RecordDraft.Field.PUBLISHED, text(work.path("publication_year")));
        d.set(RecordDraft.Field.VENUE, text(work.path("primary_location").path("source").path("display_name")));
        d.set(RecordDraft.Field.VENUE, text(work.path("host_venue").path("display_name")));
        d.set(RecordDraft.Field.CITATIONS, text(work.path("cited_by_count")));
        d.set(RecordDraft.Field.ABSTRACT, abstractOf(work.path("abstract_inverted_index")));
        return d;
    }

    /** The text of an inverted index, or null when it is absent, empty or not word-to-positions. */
    static String abstractOf(JsonNode index) {
        if (index.path("InvertedIndex").isObject()) {
            index = index.get("InvertedIndex"); // the 2021 snapshot schema: {"IndexLength": n, "InvertedIndex": {...}}
        }
        if (!index.isObject() || index.isEmpty()) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = index.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            for (JsonNode p : e.getValue()) {
                if (!p.canConvertToInt() || p.intValue() < 0 || p.intValue() >= MAX_WORDS) {
                    continue;
                }
                int at = p.intValue();
                while (words.size() <= at) {
                    words.add(null);
                }
                words.set(at, e.getKey());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (w != null) {
                out.append(out.length() > 0 ? " " : "").append(w);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    private static String text(JsonNode v) {
        return v == null || v.isMissingNode() || v.isNull() || v.isContainerNode() ? null : v.asText();
    }
}
