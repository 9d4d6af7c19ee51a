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

    @Option(names = "--analyzer", paramLabel = "MODE", defaultValue = "accurate",
            description = "Text analysis: accurate (CoreNLP POS + lemma) or fast (tokenizer + Morphology). Default: ${DEFAULT-VALUE}.")
    String analyzer;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of every random choice (folds, bootstrap, initialisation). Default: ${DEFAULT-VALUE}.")
    long seed;

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
