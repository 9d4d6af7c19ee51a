package org.stancemap.text;

import edu.stanford.nlp.process.Morphology;
import java.util.Locale;

/**
 * Lemmas without part-of-speech tags, from CoreNLP's {@link Morphology#stem(String)}: about ten
 * times faster than tagging, with most lemmas the same (see the package notes for where they
 * differ). Thread-safe: {@code Morphology} keeps lexer state, so each thread gets its own, with a
 * {@link WordMemo} of its stems.
 */
final class FastLemmatizer {

    /** This thread's stems, remembered (running {@code Morpha}'s lexer was a fifth of the fast path's time). */
    private static final ThreadLocal<WordMemo> STEMS = ThreadLocal.withInitial(FastLemmatizer::stems);

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
        String stem = STEMS.get().apply(lower);
        if (stem == null || stem.isEmpty() || stem.equals(lower) || !TokenSteps.hasLetterOrDigit(stem)) {
            return word;
        }
        return stem;
    }

    /** A memo of {@code Morphology.stem} over its own {@code Morphology} (one per thread: it keeps lexer state). */
    static WordMemo stems() {
        Morphology morphology = new Morphology();
        return new WordMemo(morphology::stem);
    }
}
