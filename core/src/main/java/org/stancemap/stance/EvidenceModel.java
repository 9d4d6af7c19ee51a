package org.stancemap.stance;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The {@code evidence} head: stance from what the authors do, sentence by sentence. Every sentence
 * of an abstract is compared with the label set's act sentences (what authors of each stance do:
 * warn, evaluate, describe, estimate); a label's score is, averaged over the sentences, the best
 * match among its acts (centred across labels) plus the match with the centred centroid of its
 * acts, times a fitted scale. Centring removes what every stance shares, which is mostly topic.
 * Needs documents with sentence embeddings. Immutable and thread-safe.
 */
public final class EvidenceModel implements StanceModel {
    public static final String HEAD = "evidence";

    private final LabelSet labels;
    private final State state;

    public EvidenceModel(LabelSet labels, State state) {
        if (!state.labels().equals(labels.names())) {
            throw new IllegalArgumentException("evidence state is for labels " + state.labels() + ", not " + labels.names());
        }
        this.labels = labels;
        this.state = state;
    }

    @Override
    public LabelSet labels() {
        return labels;
    }

    @Override
    public String head() {
        return HEAD;
    }

    @Override
    public double[] logits(Document doc) {
        double[] e = evidence(doc);
        for (int k = 0; k < e.length; k++) {
            e[k] *= state.scale();
        }
        return e;
    }

    /**
     * The unscaled score of each label: over the sentences, the weighted mean of its best act match
     * (centred across labels), the mean match with its centred act centroid, and the strongest
     * sentence's centred best match (one clear sentence of a stance counts, as the codebook's
     * decision order asks).
     */
    double[] evidence(Document doc) {
        float[][] sv = sentenceVectors(doc);
        int n = labels.size();
        double[] best = new double[n];
        double[] strongest = new double[n];
        java.util.Arrays.fill(strongest, Double.NEGATIVE_INFINITY);
        double[] centroid = new double[n];
        for (float[] s : sv) {
            double[] b = bestMatches(s);
            double mean = 0;
            for (double v : b) {
                mean += v / n;
            }
            for (int k = 0; k < n; k++) {
                best[k] += (b[k] - mean) / sv.length;
                strongest[k] = Math.max(strongest[k], b[k] - mean);
                centroid[k] += dot(s, state.centroids()[k]) / sv.length;
            }
        }
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            out[k] = state.bestWeight() * best[k] + state.centroidWeight() * centroid[k] + state.maxWeight() * strongest[k];
        }
        return out;
    }

    /** The cosine of {@code s} with the closest act of each label. */
    private double[] bestMatches(float[] s) {
        double[] b = new double[labels.size()];
        java.util.Arrays.fill(b, Double.NEGATIVE_INFINITY);
        double[][] acts = state.acts();
        int[] actLabels = state.actLabels();
        for (int a = 0; a < acts.length; a++) {
            b[actLabels[a]] = Math.max(b[actLabels[a]], dot(s, acts[a]));
        }
        return b;
    }

    /** The sentence that best matches an act of {@code label}, with that cosine (the strongest cue of the label); at most one. */
    @Override
    public List<TermWeight> explain(Document doc, int label, int k) {
        float[][] sv = sentenceVectors(doc);
        List<TermWeight> out = new ArrayList<>();
        for (int i = 0; i < sv.length; i++) {
            out.add(new TermWeight(doc.sentences().get(i), bestMatches(sv[i])[label]));
        }
        out.sort(Comparator.comparingDouble(TermWeight::weight).reversed());
        return List.copyOf(out.subList(0, Math.min(k > 0 ? 1 : 0, out.size())));
    }

    private float[][] sentenceVectors(Document doc) {
        float[][] sv = doc.sentenceEmbeddings();
        if (sv == null || sv.length == 0) {
            throw new IllegalStateException("the evidence head needs documents with sentence embeddings");
        }
        if (sv[0].length != state.centroids()[0].length) {
            throw new IllegalArgumentException("sentence embeddings have " + sv[0].length + " dimensions, the evidence model "
                    + state.centroids()[0].length);
        }
        return sv;
    }

    static double dot(float[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    public State state() {
        return state;
    }

    /**
     * Stored form.
     *
     * @param formatVersion layout version
     * @param labels        label names
     * @param scale         multiplies the evidence into logits (an inverse temperature)
     * @param bestWeight    weight of the mean best act match, centred across labels
     * @param centroidWeight weight of the mean match with the centred act centroids
     * @param maxWeight     weight of the strongest sentence's centred best match
     * @param actLabels     label index of each act sentence
     * @param acts          unit embeddings of the act sentences, {@code acts x dimension}
     * @param centroids     per label, the normalised mean of its acts minus the mean over labels
     */
    @JsonPropertyOrder({"format_version", "labels", "scale", "best_weight", "centroid_weight", "max_weight", "act_labels",
        "acts", "centroids"})
    public record State(@JsonProperty("format_version") int formatVersion, List<String> labels, double scale,
                        @JsonProperty("best_weight") double bestWeight, @JsonProperty("centroid_weight") double centroidWeight,
                        @JsonProperty("max_weight") double maxWeight,
                        @JsonProperty("act_labels") int[] actLabels, double[][] acts, double[][] centroids) {
        public static final int VERSION = 1;

        public State {
            if (formatVersion != VERSION) {
                throw new IllegalArgumentException("Unsupported evidence format_version " + formatVersion
                        + " (this build reads " + VERSION + ")");
            }
            if (labels == null || centroids == null || centroids.length != labels.size()) {
                throw new IllegalArgumentException("evidence state needs one centroid per label");
            }
            if (acts == null || actLabels == null || acts.length != actLabels.length || acts.length == 0) {
                throw new IllegalArgumentException("evidence state needs one label per act embedding");
            }
            boolean[] seen = new boolean[labels.size()];
            for (int a = 0; a < acts.length; a++) {
                if (actLabels[a] < 0 || actLabels[a] >= labels.size()) {
                    throw new IllegalArgumentException("act " + a + " has label index " + actLabels[a]);
                }
                if (acts[a].length != centroids[0].length) {
                    throw new IllegalArgumentException("act " + a + " differs in dimension from the centroids");
                }
                seen[actLabels[a]] = true;
            }
            for (int k = 0; k < seen.length; k++) {
                if (!seen[k]) {
                    throw new IllegalArgumentException("label " + labels.get(k) + " has no act");
                }
            }
            if (!(scale >= 0)) {
                throw new IllegalArgumentException("Invalid evidence scale: " + scale);
            }
            if (!(bestWeight >= 0 && centroidWeight >= 0 && maxWeight >= 0)) {
                throw new IllegalArgumentException("Invalid evidence weights: " + bestWeight + ", " + centroidWeight + ", "
                        + maxWeight);
            }
            labels = List.copyOf(labels);
        }
    }
}
