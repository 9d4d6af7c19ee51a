package org.stancemap.text;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Locale;

/**
 * How text is analysed. Stored in every model bundle, so that a model always sees text analysed
 * exactly as in training. Unknown keys in a stored settings object are an error.
 *
 * @param mode       {@code accurate} (CoreNLP tokenize, ssplit, pos, lemma) or {@code fast}
 *                   (CoreNLP tokenize, ssplit, then {@code Morphology} lemmas without POS tags) or
 *                   {@code quick} ({@link QuickTokenizer}, then the same lemmas as {@code fast})
 * @param lowercase  lowercase every lemma
 * @param stopwords  name of the stop-word list to remove ({@code english} or {@code none})
 * @param punctuation remove tokens made only of punctuation or symbols
 * @param numbers    {@code drop} tokens that are numbers, {@code mask} them as {@code <num>}, or
 *                   {@code keep} them
 * @param minLength  drop tokens shorter than this many characters (1 keeps all)
 */
@JsonIgnoreProperties(ignoreUnknown = false)
@JsonPropertyOrder({"mode", "lowercase", "stopwords", "punctuation", "numbers", "minLength"})
public record AnalyzerSettings(
        Mode mode,
        boolean lowercase,
        String stopwords,
        boolean punctuation,
        String numbers,
        int minLength) {

    /** Analysis mode. */
    public enum Mode {
        ACCURATE, FAST,
        /** {@link QuickTokenizer} instead of CoreNLP's tokenizer, lemmas as {@code fast}. */
        QUICK;

        /** Parses {@code accurate}, {@code fast} or {@code quick}, case-insensitively. */
        public static Mode parse(String s) {
            try {
                return valueOf(s.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Invalid analyzer mode: '" + s + "' (expected accurate, fast or quick)");
            }
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        static Mode fromJson(String s) {
            return parse(s);
        }
    }

    public AnalyzerSettings {
        if (mode == null) {
            throw new IllegalArgumentException("Invalid analyzer mode: null");
        }
        if (!"english".equals(stopwords) && !"none".equals(stopwords)) {
            throw new IllegalArgumentException("Invalid stop-word list: '" + stopwords + "' (expected english or none)");
        }
        if (!"drop".equals(numbers) && !"mask".equals(numbers) && !"keep".equals(numbers)) {
            throw new IllegalArgumentException("Invalid numbers policy: '" + numbers + "' (expected drop, mask or keep)");
        }
        if (minLength < 1) {
            throw new IllegalArgumentException("Invalid minLength: " + minLength + " (expected >= 1)");
        }
    }

    /** Defaults: the given mode, lowercase, English stop words and punctuation removed, numbers masked, minLength 2. */
    public static AnalyzerSettings defaults(Mode mode) {
        return new AnalyzerSettings(mode, true, "english", true, "mask", 2);
    }

    /** A copy with another mode. */
    public AnalyzerSettings withMode(Mode newMode) {
        return new AnalyzerSettings(newMode, lowercase, stopwords, punctuation, numbers, minLength);
    }
}
