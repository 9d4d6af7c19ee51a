package org.stancemap.topics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * The {@code topics-manifest.json} of a topic model directory: what the model is, how it was
 * trained, and the SHA-256 of every other file.
 *
 * @param format          always {@value #FORMAT}
 * @param formatVersion   directory layout version; a reader refuses versions it does not know
 * @param k               number of topics
 * @param vocabularySize  number of words
 * @param documents       training documents
 * @param tokens          training tokens (after the vocabulary filter)
 * @param settings        the training options, seed, threads and early stop included
 * @param sweeps          the Gibbs sweeps run: {@code settings.iterations}, or fewer when the early
 *                        stop ended training (new in version 2)
 * @param reproducible    true when trained with one thread (bit-identical on rerun)
 * @param meanUmass       mean over topics of the training UMass coherence
 * @param meanNpmi        mean over topics of the training NPMI coherence
 * @param malletVersion   the MALLET release that sampled the model
 * @param parts           file name to SHA-256 of every other file
 */
@JsonPropertyOrder({"format", "format_version", "k", "vocabulary_size", "documents", "tokens", "settings",
    "sweeps", "reproducible", "mean_umass", "mean_npmi", "mallet_version", "parts"})
public record TopicManifest(
        String format,
        @JsonProperty("format_version") int formatVersion,
        int k,
        @JsonProperty("vocabulary_size") int vocabularySize,
        int documents,
        long tokens,
        TopicOptions settings,
        int sweeps,
        boolean reproducible,
        @JsonProperty("mean_umass") double meanUmass,
        @JsonProperty("mean_npmi") double meanNpmi,
        @JsonProperty("mallet_version") String malletVersion,
        Map<String, String> parts) {

    public static final String FORMAT = "stancemap-topics";
    public static final int FORMAT_VERSION = 2;
    /** The oldest version this build reads: version 1 had no early stop and no sweeps (every sweep ran). */
    public static final int OLDEST_READABLE_VERSION = 1;
}
