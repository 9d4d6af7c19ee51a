package org.stancemap.train;

import java.nio.file.Path;
import org.stancemap.corpus.LoadedCorpus;
import org.stancemap.stance.Heads;
import org.stancemap.stance.LabelSet;
import org.stancemap.text.AnalyzerSettings;

/**
 * What to train a bundle on, and how. Immutable.
 *
 * @param corpus       the labelled corpus, or null for a zero-shot model of the label set alone
 * @param labels       the label set
 * @param analyzer     the text analysis
 * @param head         a head name, or {@link Heads#AUTO} for the best by cross-validation
 * @param cv           {@code loo}, {@code K}, {@code none}, or null for the default of the corpus size
 * @param topics       the topic model to train or read, or null for none
 * @param calibrateOn  labelled records to fit the calibration on instead of the out-of-fold
 *                     predictions, or null
 * @param embedding    the embedding model of the embedding heads ({@code bge-small-en-v1.5-q}...)
 * @param window       word pieces per embedding window, 0 for the model's own
 * @param cacheDir     the embedding cache, or null for none
 * @param seed         the seed of every random choice
 * @param coverage     conformal coverage of the prediction sets, in (0, 1)
 * @param toolVersion  the Stancemap version recorded in the manifest
 */
public record TrainingRequest(LoadedCorpus corpus, LabelSet labels, AnalyzerSettings analyzer, String head, String cv,
                              TopicSource topics, LoadedCorpus calibrateOn, String embedding, int window, Path cacheDir,
                              long seed, double coverage, String toolVersion) {

    public TrainingRequest {
        if (labels == null || analyzer == null || head == null || embedding == null || toolVersion == null) {
            throw new IllegalArgumentException("training request: labels, analyzer, head, embedding and version are required");
        }
        if (!(coverage > 0 && coverage < 1)) {
            throw new IllegalArgumentException("Invalid coverage: " + coverage + " (expected 0 < coverage < 1)");
        }
    }

    /** Where the bundle's topic model comes from. */
    public sealed interface TopicSource {
        /** A K-topic model trained on the corpus (every record), at most {@code iterations} sweeps. */
        record Fit(int k, int iterations) implements TopicSource {}

        /** The model stored in {@code dir} by {@code topics train}. */
        record Stored(Path dir) implements TopicSource {}
    }
}
