package org.stancemap.stance;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stancemap.corpus.Json;

/**
 * The versioned set of stance labels with a description and prototype sentences for each (the
 * codebook as data). Label order is fixed: it is the order of every probability vector.
 *
 * @param format        always {@value #FORMAT}
 * @param formatVersion layout version of the file; this build reads {@value #FORMAT_VERSION}
 * @param name          name of the label set, e.g. {@code scs-stance}
 * @param version       version of the label definitions, e.g. {@code 1.0.0}
 * @param source        where the definitions come from
 * @param decisionOrder label names in the order the codebook tries them
 * @param labels        the labels, in probability-vector order
 */
@JsonPropertyOrder({"format", "format_version", "name", "version", "source", "decision_order", "labels"})
public record LabelSet(
        String format,
        @JsonProperty("format_version") int formatVersion,
        String name,
        String version,
        String source,
        @JsonProperty("decision_order") List<String> decisionOrder,
        List<StanceLabel> labels) {

    public static final String FORMAT = "stancemap-labels";
    /** The newest layout this build reads (2 added {@code acts}); version 1 files are read too. */
    public static final int FORMAT_VERSION = 2;

    /** A label set is a bundle part ({@code labels.json}): read as bundles are. */
    private static final ObjectMapper MAPPER = Json.bundleMapper();

    /**
     * One stance: its name, a description in words, short prototype sentences, and act sentences.
     *
     * @param acts sentences that say what authors of this stance do (warn, evaluate, describe,
     *             estimate), read by the {@code evidence} head sentence by sentence; empty in a
     *             format-version-1 file
     */
    @JsonPropertyOrder({"name", "description", "prototypes", "acts"})
    public record StanceLabel(String name, String description, List<String> prototypes, List<String> acts) {
        public StanceLabel {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("label name must not be blank");
            }
            prototypes = prototypes == null ? List.of() : List.copyOf(prototypes);
            acts = acts == null ? List.of() : List.copyOf(acts);
        }

        public StanceLabel(String name, String description, List<String> prototypes) {
            this(name, description, prototypes, List.of());
        }
    }

    public LabelSet {
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("Invalid label-set format: '" + format + "' (expected " + FORMAT + ")");
        }
        if (formatVersion < 1 || formatVersion > FORMAT_VERSION) {
            throw new IllegalArgumentException("Unsupported label-set format_version " + formatVersion
                    + " (this build reads 1 to " + FORMAT_VERSION + ")");
        }
        if (labels == null || labels.size() < 2) {
            throw new IllegalArgumentException("A label set needs at least two labels");
        }
        labels = List.copyOf(labels);
        Set<String> seen = new HashSet<>();
        for (StanceLabel l : labels) {
            if (!seen.add(l.name())) {
                throw new IllegalArgumentException("Duplicate label: " + l.name());
            }
        }
        if (formatVersion < 2 && labels.stream().anyMatch(l -> !l.acts().isEmpty())) {
            throw new IllegalArgumentException("label-set format_version 1 has no 'acts'; declare format_version 2");
        }
        decisionOrder = decisionOrder == null ? List.of() : List.copyOf(decisionOrder);
        for (String d : decisionOrder) {
            if (!seen.contains(d)) {
                throw new IllegalArgumentException("decision_order names unknown label: " + d);
            }
        }
    }

    /** Reads and validates a label-set file. */
    public static LabelSet read(Path file) throws IOException {
        try {
            return MAPPER.readValue(Files.readAllBytes(file), LabelSet.class);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            throw new IOException(file + ": invalid label set: " + e.getOriginalMessage(), e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Parses a label set from JSON bytes; {@code origin} names the source in errors. */
    public static LabelSet parse(byte[] json, String origin) throws IOException {
        try {
            return MAPPER.readValue(json, LabelSet.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(origin + ": invalid label set: " + e.getOriginalMessage(), e);
        }
    }

    /** Classpath location of the label set shipped with this build (a copy of {@code corpus/labels.json}). */
    static final String BUNDLED = "/org/stancemap/stance/labels.json";

    /** The label set shipped with this build. */
    public static LabelSet bundled() throws IOException {
        try (var in = LabelSet.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IOException("the bundled label set " + BUNDLED + " is missing from the classpath");
            }
            return parse(in.readAllBytes(), "classpath:" + BUNDLED);
        }
    }

    /** Label names in probability-vector order. */
    public List<String> names() {
        List<String> out = new ArrayList<>(labels.size());
        for (StanceLabel l : labels) {
            out.add(l.name());
        }
        return out;
    }

    /** Number of labels. */
    public int size() {
        return labels.size();
    }

    /** Index of {@code name}, or -1 when it is not a label of this set. */
    public int indexOf(String name) {
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether every label has act sentences (what the {@code evidence} head needs). */
    public boolean hasActs() {
        return labels.stream().allMatch(l -> !l.acts().isEmpty());
    }

    /** Name and version, e.g. {@code scs-stance@1.0.0}. */
    public String id() {
        return name + "@" + version;
    }
}
