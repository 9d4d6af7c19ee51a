package org.stancemap.topics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.stancemap.corpus.FileDigest;
import org.stancemap.text.AnalyzerSettings;

/**
 * Where a topic model's tokens came from: the analyzer settings that turned abstracts into lemmas
 * and the corpus files read, with their SHA-256. Stored as the {@value TopicStore#PROVENANCE} part
 * of a topic directory, so that a stance model can refuse topics analysed differently from its own
 * text ({@link #requireAnalyzer}). A value; immutable and thread-safe.
 *
 * @param formatVersion {@value #FORMAT_VERSION}; a reader refuses other versions
 * @param analyzer      the analyzer settings of the training tokens
 * @param corpus        the corpus files, in the order read (may be empty for in-memory documents)
 * @param documents     training documents (records after duplicate ids were skipped)
 */
@JsonPropertyOrder({"format_version", "analyzer", "corpus", "documents"})
public record TopicProvenance(
        @JsonProperty("format_version") int formatVersion,
        AnalyzerSettings analyzer,
        List<FileDigest> corpus,
        int documents) {

    /** The layout this build writes and reads. */
    public static final int FORMAT_VERSION = 1;

    public TopicProvenance {
        if (formatVersion != FORMAT_VERSION) {
            throw new IllegalArgumentException("Unsupported topic provenance format_version " + formatVersion
                    + " (this build reads " + FORMAT_VERSION + ")");
        }
        Objects.requireNonNull(analyzer, "analyzer");
        corpus = List.copyOf(Objects.requireNonNull(corpus, "corpus"));
        if (documents < 0) {
            throw new IllegalArgumentException("Invalid documents: " + documents + " (expected >= 0)");
        }
    }

    /** Provenance in the current format. */
    public static TopicProvenance of(AnalyzerSettings analyzer, List<FileDigest> corpus, int documents) {
        return new TopicProvenance(FORMAT_VERSION, analyzer, corpus, documents);
    }

    /**
     * Checks that these topics were analysed with {@code expected} (for example a stance model's
     * settings).
     *
     * @param what names the topic model in the message, e.g. its directory
     * @throws IllegalArgumentException naming both settings when they differ
     */
    public void requireAnalyzer(AnalyzerSettings expected, String what) {
        if (!analyzer.equals(expected)) {
            throw new IllegalArgumentException(what + ": the topic model was analysed with " + analyzer
                    + ", expected " + expected + "; retrain the topics with the same --analyzer");
        }
    }
}
