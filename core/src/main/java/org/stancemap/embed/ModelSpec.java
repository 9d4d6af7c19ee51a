package org.stancemap.embed;

import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.InputStream;

/**
 * Where one in-process embedding model lives on the class path and how it reads text.
 *
 * @param id                stable model identifier, used in cache keys and file names
 * @param onnxResource      class-path name of the int8 ONNX file (inside the LangChain4j jar)
 * @param tokenizerResource class-path name of its {@code tokenizer.json}
 * @param pooling           how token vectors become one vector (as in LangChain4j's own class)
 * @param dimension         vector length
 * @param maxWordPieces     window size in word pieces: the model's input length less [CLS] and [SEP]
 */
record ModelSpec(String id, String onnxResource, String tokenizerResource, PoolingMode pooling,
                 int dimension, int maxWordPieces) {

    ModelSpec {
        if (dimension < 1 || maxWordPieces < 1) {
            throw new IllegalArgumentException("Invalid model spec " + id + ": dimension " + dimension
                    + ", maxWordPieces " + maxWordPieces + " (expected both >= 1)");
        }
    }

    /** The same model reading windows of {@code window} word pieces. */
    ModelSpec withWindow(int window) {
        return new ModelSpec(id, onnxResource, tokenizerResource, pooling, dimension, window);
    }

    /** Opens a class-path resource, failing with the jar that should hold it when it is missing. */
    static InputStream resource(String name) {
        InputStream in = ModelSpec.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Class-path resource " + name + " not found; expected in a "
                    + "dev.langchain4j:langchain4j-embeddings-* jar (1.11.0-beta19) on the class path");
        }
        return in;
    }
}
