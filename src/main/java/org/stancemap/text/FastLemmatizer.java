package org.stancemap.text;

import edu.stanford.nlp.process.Morphology;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Lemmas without part-of-speech tags, from CoreNLP's {@link Morphology#stem(String)}: about ten
 * times faster than tagging, with most lemmas the same (see the package notes for where they
 * differ). Thread-safe: {@code Morphology} keeps lexer state, so each thread gets its own, and its
 * own cache of stems.
 */
final class FastLemmatizer {

    /**
     * Words remembered per thread before the cache starts afresh. An abstract collection repeats a
     * small vocabulary, so nearly every stem comes from the cache (running {@code Morpha}'s lexer
     * was a fifth of the fast path's time); the bound keeps a stream of odd tokens from growing
     * the heap (about 100 bytes a word: some 5 MB a thread at most).
     */
    static final int CACHE_WORDS = 50_000;

    private static final ThreadLocal<Stems> STEMS = ThreadLocal.withInitial(Stems::new);

    private FastLemmatizer() {
    }

    /**
     * The lemma of {@code word}: the stem of the lowercased word, or {@code word} itself (case kept)
     * when it is capitalised and not the first of its sentence, when stemming does not change it, or
     * when stemming would leave no letter or digit ({@code 's} stems to {@code '}).
     */
    static String lemma(String word, boolean sentenceStart) {
        // Without a tag, Morphology takes names for plurals (Shanghai -> shanghaus); a capital
        // letter inside a sentence is the cheap sign of a proper noun, which the tagger would leave
        // alone too.
        if (!sentenceStart && Character.isUpperCase(word.codePointAt(0))) {
            return word;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        String stem = STEMS.get().stem(lower);
        if (stem == null || stem.isEmpty() || stem.equals(lower) || !hasLetterOrDigit(stem)) {
            return word;
        }
        return stem;
    }

    /** One thread's {@code Morphology} and the stems it has made: {@code stem} is a pure function of the word. */
    static final class Stems {
        private final Morphology morphology = new Morphology();
        private final Map<String, String> cache = new HashMap<>();

        String stem(String lower) {
            String stem = cache.get(lower);
            if (stem == null) {
                stem = morphology.stem(lower);
                if (stem == null) {
                    return null;
                }
                if (cache.size() >= CACHE_WORDS) {
                    cache.clear();
                }
                cache.put(lower, stem);
            }
            return stem;
        }

        int size() {
            return cache.size();
        }
    }

    private static boolean hasLetterOrDigit(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
