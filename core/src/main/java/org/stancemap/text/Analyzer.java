package org.stancemap.text;

import java.util.List;

/**
 * Turns raw text into the tokens that the models see (lowercased lemmas after the configured filter
 * steps). Implementations are thread-safe.
 */
public interface Analyzer {

    /** Tokens of {@code text}, in text order; empty for text with no word. */
    List<String> analyze(String text);

    /** Sentences of {@code text} after normalisation, in text order, each as its original string. */
    List<String> sentences(String text);

    /**
     * Tokens and sentences together, equal to {@link #analyze(String)} and {@link #sentences(String)};
     * implementations may get both from one pass over the text.
     */
    default Analysis analyzeWithSentences(String text) {
        return new Analysis(analyze(text), sentences(text));
    }

    /** The settings this analyzer was built from; recorded in every model bundle. */
    AnalyzerSettings settings();
}
