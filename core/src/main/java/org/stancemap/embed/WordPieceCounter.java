package org.stancemap.embed;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Counts the word pieces a model's own tokenizer makes of a text, without special tokens and without
 * truncation. The tokenizer LangChain4j builds for the same file truncates silently (MiniLM's
 * {@code tokenizer.json} says 128, DJL's default is 512), so counting through it would hide the very
 * overflow that window packing must avoid.
 *
 * <p>Thread-safe: the native Hugging Face tokenizer is immutable once built, and LangChain4j itself
 * calls it from several threads.
 */
final class WordPieceCounter {

    private final HuggingFaceTokenizer tokenizer;

    private WordPieceCounter(HuggingFaceTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** Reads the {@code tokenizer.json} at class-path {@code resource}; fails naming it when absent. */
    static WordPieceCounter fromResource(String resource) {
        try (InputStream in = ModelSpec.resource(resource)) {
            return new WordPieceCounter(HuggingFaceTokenizer.newInstance(in, Map.of(
                    "padding", "false",
                    "truncation", "false",
                    "addSpecialTokens", "false")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read tokenizer " + resource, e);
        }
    }

    /** Word pieces of {@code text}, special tokens excluded; 0 for blank text. */
    int count(String text) {
        return tokenizer.encode(text, false, false).getIds().length;
    }
}
