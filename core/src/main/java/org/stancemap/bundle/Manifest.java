package org.stancemap.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.stancemap.text.AnalyzerSettings;

/**
 * The {@code manifest.json} of a model bundle: what the bundle is, what it was trained on and how,
 * and the SHA-256 of every other file in it.
 *
 * @param format           always {@value #FORMAT}
 * @param formatVersion    bundle layout version; a loader refuses versions it does not know
 * @param modelId          {@code <head>-<12 hex digits>}, derived from the fitted parts' hashes, so
 *                         the same training gives the same id
 * @param created          ISO-8601 instant of training (the only field that differs between two
 *                         identical trainings)
 * @param stancemapVersion version of the tool that wrote the bundle
 * @param labelSet         id and label names of the bundled label set ({@code labels.json})
 * @param corpus           training files with their SHA-256 and record counts
 * @param labelCounts      labelled training records per label (the majority baseline of a held-out evaluation)
 * @param analyzer         text analysis settings used in training, and so in classification
 * @param embedding        the sentence-embedding model the head reads, or null for none
 * @param head             the classifier head, e.g. {@code tfidf-lr}
 * @param parameters       the head's hyperparameters
 * @param seed             the seed of every random choice in training
 * @param libraries        versions of the libraries that did the work
 * @param runtime          Java and OS of the training run
 * @param metrics          cross-validated metrics on the training corpus and the head's selection (null
 *                         when the head was not cross-validated)
 * @param parts            file name to SHA-256 of every other file of the bundle
 * @param calibrationData  what the calibration and the prediction sets rest on (null in bundles
 *                         written before it was recorded)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "format_version", "model_id", "created", "stancemap_version", "label_set", "corpus",
    "label_counts", "analyzer", "embedding", "head", "parameters", "seed", "libraries", "runtime", "metrics", "parts", "calibration_data"})
public record Manifest(
        String format,
        @JsonProperty("format_version") int formatVersion,
        @JsonProperty("model_id") String modelId,
        String created,
        @JsonProperty("stancemap_version") String stancemapVersion,
        @JsonProperty("label_set") LabelSetRef labelSet,
        List<CorpusFile> corpus,
        @JsonProperty("label_counts") Map<String, Integer> labelCounts,
        AnalyzerSettings analyzer,
        EmbeddingInfo embedding,
        String head,
        JsonNode parameters,
        long seed,
        Map<String, String> libraries,
        Map<String, String> runtime,
        TrainingMetrics metrics,
        Map<String, String> parts,
        @JsonProperty("calibration_data") CalibrationData calibrationData) {

    /** A manifest that records no calibration data. */
    public Manifest(String format, int formatVersion, String modelId, String created, String stancemapVersion,
                    LabelSetRef labelSet, List<CorpusFile> corpus, Map<String, Integer> labelCounts, AnalyzerSettings analyzer,
                    EmbeddingInfo embedding, String head, JsonNode parameters, long seed, Map<String, String> libraries,
                    Map<String, String> runtime, TrainingMetrics metrics, Map<String, String> parts) {
        this(format, formatVersion, modelId, created, stancemapVersion, labelSet, corpus, labelCounts, analyzer, embedding, head,
                parameters, seed, libraries, runtime, metrics, parts, null);
    }

    /**
     * What a bundle's calibration (temperature, conformal threshold, selective threshold) was fitted on.
     *
     * @param source  {@code out-of-fold} (cross-fitted predictions on the training corpus) or
     *                {@code held-out} (labelled records of the user's literature, {@code calibrate})
     * @param files   the labelled files, with their SHA-256
     * @param records labelled records the fit rests on
     * @param works   works among them (records of one work count once in cross-validation)
     * @param method  how the calibration was fitted, in words
     */
    @JsonPropertyOrder({"source", "files", "records", "works", "method"})
    public record CalibrationData(String source, List<CorpusFile> files, int records, int works, String method) {
        /** One line for a run's summary. */
        public String line() {
            return "calibration rests on " + records + " labelled records in " + works + " works (" + source + ": "
                    + String.join(", ", files.stream().map(CorpusFile::file).toList()) + ")";
        }
    }

    /** A copy with other calibration data, a new creation time and no id or parts (the writer sets them). */
    public Manifest withCalibration(CalibrationData data, String newCreated) {
        return new Manifest(format, formatVersion, null, newCreated, stancemapVersion, labelSet, corpus, labelCounts, analyzer,
                embedding, head, parameters, seed, libraries, runtime, metrics, null, data);
    }

    public static final String FORMAT = "stancemap-bundle";
    public static final int FORMAT_VERSION = 1;

    /** The label set of the bundle. */
    @JsonPropertyOrder({"id", "labels", "file"})
    public record LabelSetRef(String id, List<String> labels, String file) {}

    /**
     * The embedding model of a bundle.
     *
     * @param model       model id, e.g. {@code bge-small-en-v1.5-q}
     * @param dimension   vector dimension
     * @param library     version of the library that ships the model
     * @param probe       a fixed sentence
     * @param fingerprint the first values of the probe's embedding at training time; a different model
     *                    on the classpath gives different values, and the bundle is refused
     * @param sentences   true when every sentence was embedded on its own and a text's embedding is the
     *                    length-weighted mean of its sentences' (the recipe of the {@code evidence}
     *                    head's training); null or false: texts embedded in windows of whole sentences
     * @param window      word pieces per window when trained with {@code --window} below the model's
     *                    own; null: the model's own (510 for bge-small), as in every older bundle
     */
    @JsonPropertyOrder({"model", "dimension", "library", "probe", "fingerprint", "sentences", "window"})
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record EmbeddingInfo(String model, int dimension, String library, String probe, List<Double> fingerprint,
                                Boolean sentences, Integer window) {
        public EmbeddingInfo {
            if (window != null && window < 1) {
                throw new IllegalArgumentException("Invalid embedding window: " + window + " (expected >= 1)");
            }
        }

        public EmbeddingInfo(String model, int dimension, String library, String probe, List<Double> fingerprint) {
            this(model, dimension, library, probe, fingerprint, null, null);
        }

        /** The window to open the model with: 0 for the model's own. */
        public int windowOrDefault() {
            return window == null ? 0 : window;
        }

        /** A copy that records {@code pieces} as the window (null: the model's own). */
        public EmbeddingInfo withWindow(Integer pieces) {
            return new EmbeddingInfo(model, dimension, library, probe, fingerprint, sentences, pieces);
        }

        /** Whether texts are embedded sentence by sentence. */
        public boolean sentenceVectors() {
            return Boolean.TRUE.equals(sentences);
        }

        /** A copy that records the sentence-by-sentence recipe when {@code on}. */
        public EmbeddingInfo withSentences(boolean on) {
            return new EmbeddingInfo(model, dimension, library, probe, fingerprint, on ? Boolean.TRUE : null, window);
        }
    }

    /** One training file. */
    @JsonPropertyOrder({"file", "sha256", "records", "labelled", "rejected"})
    public record CorpusFile(String file, String sha256, int records, int labelled, int rejected) {}

    /** A copy with the given id and part hashes. */
    Manifest withParts(String newModelId, Map<String, String> newParts) {
        return new Manifest(format, formatVersion, newModelId, created, stancemapVersion, labelSet, corpus, labelCounts, analyzer,
                embedding, head, parameters, seed, libraries, runtime, metrics, newParts, calibrationData);
    }
}
