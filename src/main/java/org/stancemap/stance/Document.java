package org.stancemap.stance;

import java.util.List;

/**
 * A text as the stance models see it: the raw text, its analysed tokens (lemmas), its sentences and,
 * when the model uses one, its sentence embedding. Built once per record by {@link DocumentFactory},
 * so that every head reads the same analysis.
 *
 * @param text      the record text
 * @param tokens    analyser output, in text order
 * @param sentences the sentences of the normalised text, in order (empty when not needed)
 * @param embedding unit-length embedding of the whole text, or null when the model needs none
 */
public record Document(String text, List<String> tokens, List<String> sentences, float[] embedding) {
    public Document {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
    }

    public Document(String text, List<String> tokens, List<String> sentences) {
        this(text, tokens, sentences, null);
    }

    /** The embedding as doubles; fails when the document was built without one. */
    public double[] embeddingVector() {
        if (embedding == null) {
            throw new IllegalStateException("this document was analysed without an embedding model");
        }
        double[] out = new double[embedding.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = embedding[i];
        }
        return out;
    }
}
