package org.stancemap.stance;

import java.util.List;

/**
 * A text as the stance models see it: the raw text, its analysed tokens (lemmas) and its sentences.
 * Built once per record by {@link DocumentFactory}, so that every head reads the same analysis.
 *
 * @param text      the record text
 * @param tokens    analyser output, in text order
 * @param sentences the sentences of the normalised text, in order
 */
public record Document(String text, List<String> tokens, List<String> sentences) {
    public Document {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
    }
}
