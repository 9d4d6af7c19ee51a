package org.stancemap.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The results of a pure function of a word, remembered: an abstract collection repeats a small
 * vocabulary, so nearly every answer comes from the map. At most {@value #WORDS} words are kept;
 * then the map starts afresh, so a stream of odd tokens cannot grow the heap (about 100 bytes a
 * word: some 5 MB at most). Not thread-safe: one per thread.
 */
final class WordMemo {

    /** Words remembered before the map starts afresh. */
    static final int WORDS = 50_000;

    private final UnaryOperator<String> function;
    private final Map<String, String> seen = new HashMap<>();

    WordMemo(UnaryOperator<String> function) {
        this.function = Objects.requireNonNull(function, "function");
    }

    /** {@code function(word)}, remembered; a null answer is returned and not remembered. */
    String apply(String word) {
        String out = seen.get(word);
        if (out == null) {
            out = function.apply(word);
            if (out == null) {
                return null;
            }
            if (seen.size() >= WORDS) {
                seen.clear();
            }
            seen.put(word, out);
        }
        return out;
    }

    /** How many words are remembered now. */
    int size() {
        return seen.size();
    }
}
