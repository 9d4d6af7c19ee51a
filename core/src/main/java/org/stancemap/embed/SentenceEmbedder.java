package org.stancemap.embed;

import java.util.ArrayList;
import java.util.List;

/**
 * Embeds a whole text, given as its sentences, into one dense vector. The caller splits sentences
 * (with CoreNLP in the pipeline); an implementation may rely on the boundaries to pack the text into
 * windows that fit its model, so every part of the text counts.
 *
 * <p>Implementations are thread-safe and return vectors of length {@link #dimension()} that the
 * caller owns (mutating one changes no later result).
 */
public interface SentenceEmbedder {

    /**
     * The embedding of the text made of {@code sentences}, in order.
     *
     * @throws IllegalArgumentException if the sentences hold no word
     */
    float[] embed(List<String> sentences);

    /**
     * The embeddings of several texts, in the same order; equal to calling {@link #embed(List)} on
     * each, but an implementation may batch the work for throughput.
     *
     * @throws IllegalArgumentException if one of the texts holds no word
     */
    default List<float[]> embedAll(List<List<String>> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (List<String> text : texts) {
            out.add(embed(text));
        }
        return out;
    }

    /** Stable identifier of the model and recipe, such as {@code bge-small-en-v1.5-q}; part of cache keys. */
    String modelId();

    /**
     * What a vector depends on besides the text (model bytes, recipe, window): the embedding cache's
     * key. Defaults to {@link #modelId()}.
     */
    default String fingerprint() {
        return modelId();
    }

    /** Length of every vector returned. */
    int dimension();

    /** Most word pieces (without special tokens) the model reads in one window. */
    int maxWordPieces();
}
