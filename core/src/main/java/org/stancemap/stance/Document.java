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
 * @param topics    topic mixture of the text, or null when there is no topic model
 * @param sentenceEmbeddings unit-length embedding of each sentence, in sentence order, or null when
 *                  the model reads none (the {@code evidence} head does)
 */
public record Document(String text, List<String> tokens, List<String> sentences, float[] embedding, double[] topics,
                       float[][] sentenceEmbeddings) {
    public Document {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        if (sentenceEmbeddings != null && sentenceEmbeddings.length != sentences.size()) {
            throw new IllegalArgumentException(sentenceEmbeddings.length + " sentence embeddings for "
                    + sentences.size() + " sentences");
        }
    }

    public Document(String text, List<String> tokens, List<String> sentences, float[] embedding, double[] topics) {
        this(text, tokens, sentences, embedding, topics, null);
    }

    public Document(String text, List<String> tokens, List<String> sentences) {
        this(text, tokens, sentences, null, null);
    }

    public Document(String text, List<String> tokens, List<String> sentences, float[] embedding) {
        this(text, tokens, sentences, embedding, null);
    }

    /** The embedding followed by the topic mixture; fails when either is missing. */
    public double[] embeddingAndTopics() {
        if (topics == null) {
            throw new IllegalStateException("this document was analysed without a topic model");
        }
        double[] e = embeddingVector();
        double[] out = java.util.Arrays.copyOf(e, e.length + topics.length);
        System.arraycopy(topics, 0, out, e.length, topics.length);
        return out;
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
