package org.stancemap.text;

import edu.stanford.nlp.process.Morphology;
import java.util.Locale;

/**
 * Lemmas without part-of-speech tags, from CoreNLP's {@link Morphology#stem(String)}: about ten
 * times faster than tagging, with most lemmas the same (see the package notes for where they
 * differ). Thread-safe: {@code Morphology} keeps lexer state, so each thread gets its own.
 */
final class FastLemmatizer {

    private static final ThreadLocal<Morphology> MORPHOLOGY = ThreadLocal.withInitial(Morphology::new);

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
        String stem = MORPHOLOGY.get().stem(lower);
        if (stem == null || stem.isEmpty() || stem.equals(lower) || !hasLetterOrDigit(stem)) {
            return word;
        }
        return stem;
    }

    private static boolean hasLetterOrDigit(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
