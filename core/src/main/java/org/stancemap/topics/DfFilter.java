package org.stancemap.topics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The document-frequency filter that builds the topic vocabulary; recorded in every topic model.
 * A word is kept when {@code df >= minDf} and {@code df <= maxDocShare * documents}: rare words
 * carry no topic signal, and words in most abstracts (here "social", "credit", "system") would
 * otherwise dominate every topic.
 *
 * @param minDf       least number of training documents that contain a kept word (>= 1)
 * @param maxDocShare largest share of training documents that contain a kept word, in (0, 1]
 */
@JsonPropertyOrder({"min_df", "max_doc_share"})
public record DfFilter(@JsonProperty("min_df") int minDf, @JsonProperty("max_doc_share") double maxDocShare) {

    public DfFilter {
        if (minDf < 1) {
            throw new IllegalArgumentException("Invalid min_df: " + minDf + " (expected >= 1)");
        }
        if (!(maxDocShare > 0 && maxDocShare <= 1)) {
            throw new IllegalArgumentException("Invalid max_doc_share: " + maxDocShare + " (expected a number in (0, 1])");
        }
    }

    /** min_df 2, max_doc_share 0.5. */
    public static DfFilter defaults() {
        return new DfFilter(2, 0.5);
    }

    /** Keeps every word (min_df 1, max_doc_share 1); for tiny or pre-filtered corpora. */
    public static DfFilter keepAll() {
        return new DfFilter(1, 1.0);
    }

    /**
     * The kept words of {@code docs}, sorted by {@link String#compareTo} so that the vocabulary
     * (and with it MALLET's type indices) never depends on document order.
     */
    public List<String> vocabulary(List<TopicDocument> docs) {
        Map<String, Integer> df = new HashMap<>();
        for (TopicDocument doc : docs) {
            Set<String> seen = new HashSet<>(doc.tokens());
            for (String w : seen) {
                df.merge(w, 1, Integer::sum);
            }
        }
        double maxDf = maxDocShare * docs.size();
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            if (e.getValue() >= minDf && e.getValue() <= maxDf) {
                kept.add(e.getKey());
            }
        }
        kept.sort(null);
        return List.copyOf(kept);
    }
}
