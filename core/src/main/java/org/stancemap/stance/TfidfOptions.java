package org.stancemap.stance;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How the TF-IDF vocabulary is built.
 *
 * @param ngramMax    longest n-gram (1 = unigrams, 2 = unigrams and bigrams)
 * @param minDf       a term is kept when at least this many training documents contain it
 * @param maxFeatures at most this many terms, the most frequent by document frequency (ties by
 *                    term order)
 * @param sublinearTf use {@code 1 + ln(tf)} instead of raw counts
 */
@JsonPropertyOrder({"ngram_max", "min_df", "max_features", "sublinear_tf"})
public record TfidfOptions(
        @JsonProperty("ngram_max") int ngramMax,
        @JsonProperty("min_df") int minDf,
        @JsonProperty("max_features") int maxFeatures,
        @JsonProperty("sublinear_tf") boolean sublinearTf) {

    public TfidfOptions {
        if (ngramMax < 1 || ngramMax > 3) {
            throw new IllegalArgumentException("Invalid ngram_max: " + ngramMax + " (expected 1..3)");
        }
        if (minDf < 1) {
            throw new IllegalArgumentException("Invalid min_df: " + minDf + " (expected >= 1)");
        }
        if (maxFeatures < 1) {
            throw new IllegalArgumentException("Invalid max_features: " + maxFeatures + " (expected >= 1)");
        }
    }

    /** Unigrams and bigrams, min_df 1, at most 50,000 terms, sublinear tf. */
    public static TfidfOptions defaults() {
        return new TfidfOptions(2, 1, 50_000, true);
    }
}
