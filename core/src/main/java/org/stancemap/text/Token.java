package org.stancemap.text;

import java.util.Objects;

/**
 * One token as CoreNLP saw it, before the filter steps. This record is the package boundary:
 * CoreNLP's {@code CoreLabel} and annotation keys do not leave the {@code text} package.
 *
 * @param word  the token as tokenised (quotes as ASCII, British spellings Americanised)
 * @param lemma its lemma: CoreNLP's in accurate mode, {@code Morphology.stem} in fast mode
 * @param pos   Penn Treebank part-of-speech tag in accurate mode; {@code null} in fast mode
 */
public record Token(String word, String lemma, String pos) {

    public Token {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(lemma, "lemma");
    }
}
