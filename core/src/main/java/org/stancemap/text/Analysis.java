package org.stancemap.text;

import java.util.List;

/**
 * A text's tokens and sentences from one analysis.
 *
 * @param tokens    what {@link Analyzer#analyze(String)} returns
 * @param sentences what {@link Analyzer#sentences(String)} returns
 */
public record Analysis(List<String> tokens, List<String> sentences) {
    public Analysis {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
    }
}
