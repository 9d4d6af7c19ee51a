package org.stancemap.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.stancemap.stance.LabelSet;
import org.stancemap.text.AnalyzerSettings;
import picocli.CommandLine.Option;

/** How to train: label set, analyzer and seed. Shared by {@code train} and {@code evaluate --cv}. */
final class ModelOptions {
    @Option(names = "--labels", paramLabel = "FILE",
            description = "Label-set file (default: the one shipped with this build, corpus/labels.json).")
    Path labels;

    @Option(names = "--analyzer", paramLabel = "MODE", defaultValue = "fast",
            description = "Text analysis: accurate (CoreNLP POS + lemma), fast (CoreNLP tokenizer + Morphology) or quick (a hand-written tokenizer, the lemmas of fast; for large tfidf-lr batches). Default: ${DEFAULT-VALUE}.")
    String analyzer;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of every random choice (folds, bootstrap, initialisation). Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--embedding", paramLabel = "MODEL", defaultValue = "bge-small-en-v1.5-q",
            description = "Sentence-embedding model of the embedding heads: bge-small-en-v1.5-q or all-minilm-l6-v2-q."
                    + " Default: ${DEFAULT-VALUE}.")
    String embedding;

    @Option(names = "--window", paramLabel = "N", defaultValue = "0",
            description = "Word pieces per embedding window, up to the model's own (510 for bge-small, 126 for MiniLM);"
                    + " recorded in the bundle when below it. Default: the model's own.")
    int window;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Embedding cache (default: ~/.cache/stancemap/embeddings).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Do not read or write the embedding cache.")
    boolean noCache;

    @Option(names = "--coverage", paramLabel = "P", defaultValue = "0.9",
            description = "Coverage of the conformal prediction sets. Default: ${DEFAULT-VALUE}.")
    double coverage;

    /** The embedding cache directory, or null when caching is off. */
    Path cache() {
        return noCache ? null : cacheDir != null ? cacheDir : org.stancemap.embed.EmbeddingCache.defaultDirectory();
    }

    LabelSet labelSet() throws IOException {
        return labels == null ? LabelSet.bundled() : LabelSet.read(labels);
    }

    AnalyzerSettings analyzerSettings() {
        return AnalyzerSettings.defaults(AnalyzerSettings.Mode.parse(analyzer));
    }

    /** Head names for the help text. */
    static final class HeadNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return org.stancemap.stance.Heads.names().iterator();
        }
    }
}
