package org.stancemap.stance;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The {@code zero-shot} head: the similarity of a text's embedding to each label's prototype
 * centroid, times a fitted scale, is the label's score. Both sides are centred on the mean of the
 * label centroids first, which removes the direction every abstract of the field shares and leaves
 * what tells the stances apart. Needs no labelled data. Immutable and thread-safe.
 */
public final class ZeroShotModel implements StanceModel {
    public static final String HEAD = "zero-shot";

    private final LabelSet labels;
    private final State state;

    public ZeroShotModel(LabelSet labels, State state) {
        if (!state.labels().equals(labels.names())) {
            throw new IllegalArgumentException("zero-shot state is for labels " + state.labels() + ", not " + labels.names());
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
        return state.scale() == 0 ? new double[labels.size()] : scaled(similarities(doc.embeddingVector()), state.scale());
    }

    /** Cosine of the centred embedding with each centred label centroid. */
    double[] similarities(double[] e) {
        double[] m = state.mean();
        if (e.length != m.length) {
            throw new IllegalArgumentException("embedding has " + e.length + " dimensions, the zero-shot model " + m.length);
        }
        double[] x = new double[e.length];
        for (int j = 0; j < x.length; j++) {
            x[j] = e[j] - m[j];
        }
        double nx = Math.sqrt(dot(x, x));
        double[] sims = new double[state.centroids().length];
        for (int k = 0; k < sims.length; k++) {
            double[] c = state.centroids()[k];
            sims[k] = nx == 0 ? 0 : dot(x, c) / (nx * Math.sqrt(dot(c, c)));
        }
        return sims;
    }

    static double[] scaled(double[] v, double s) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * s;
        }
        return out;
    }

    static double dot(double[] a, double[] b) {
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
     * @param labels        label names, one centroid each
     * @param scale         multiplies the cosines into logits (an inverse temperature)
     * @param mean          mean of the label centroids, subtracted from both sides
     * @param centroids     centred label centroids, {@code labels x dimension}
     */
    @JsonPropertyOrder({"format_version", "labels", "scale", "mean", "centroids"})
    public record State(@JsonProperty("format_version") int formatVersion, List<String> labels, double scale,
                        double[] mean, double[][] centroids) {
        public static final int VERSION = 1;

        public State {
            if (formatVersion != VERSION) {
                throw new IllegalArgumentException("Unsupported zero-shot format_version " + formatVersion
                        + " (this build reads " + VERSION + ")");
            }
            if (labels == null || centroids == null || mean == null || centroids.length != labels.size()) {
                throw new IllegalArgumentException("zero-shot state needs one centroid per label");
            }
            for (double[] c : centroids) {
                if (c.length != mean.length) {
                    throw new IllegalArgumentException("zero-shot centroids differ in dimension from the mean");
                }
            }
            if (!(scale >= 0)) {
                throw new IllegalArgumentException("Invalid zero-shot scale: " + scale);
            }
            labels = List.copyOf(labels);
        }
    }
}
