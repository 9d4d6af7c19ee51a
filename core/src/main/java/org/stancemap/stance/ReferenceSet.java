package org.stancemap.stance;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * The labelled training abstracts by embedding, to name each classified record's nearest labelled
 * neighbour. Immutable and thread-safe.
 */
public final class ReferenceSet {
    private final Index index;
    private final float[][] vectors;

    /**
     * Stored index: row i of the embedding file is the abstract with {@code ids[i]}.
     *
     * @param formatVersion layout version
     * @param dimension     embedding dimension
     * @param ids           record ids
     * @param labels        their gold labels
     * @param snippets      their first words, for people reading the output
     * @param nearestFloor  the lowest similarity of a training abstract to its nearest labelled abstract
     *                      of another work: a classified record below it is further from anything
     *                      labelled than any training abstract was (null in format version 1)
     * @param nearestMedian the median of those similarities (null in format version 1)
     */
    @JsonPropertyOrder({"format_version", "dimension", "ids", "labels", "snippets", "nearest_floor", "nearest_median"})
    public record Index(@JsonProperty("format_version") int formatVersion, int dimension, List<String> ids,
                        List<String> labels, List<String> snippets, @JsonProperty("nearest_floor") Double nearestFloor,
                        @JsonProperty("nearest_median") Double nearestMedian) {
        public static final int VERSION = 2;

        public Index {
            if (formatVersion < 1 || formatVersion > VERSION) {
                throw new IllegalArgumentException("Unsupported reference format_version " + formatVersion
                        + " (this build reads 1 to " + VERSION + ")");
            }
            if (ids.size() != labels.size() || ids.size() != snippets.size()) {
                throw new IllegalArgumentException("reference index: ids, labels and snippets differ in length");
            }
        }

        /** An index without the training corpus's nearest-neighbour figures (as format version 1 stored it). */
        public Index(int formatVersion, int dimension, List<String> ids, List<String> labels, List<String> snippets) {
            this(formatVersion, dimension, ids, labels, snippets, null, null);
        }
    }

    /**
     * The reference set of labelled training abstracts, with the figures of the shift check: each
     * abstract's similarity to its nearest labelled abstract of another work ({@code groups}).
     */
    public static ReferenceSet of(List<String> ids, List<String> labels, List<String> snippets, float[][] vectors,
                                  String[] groups) {
        double[] nearest = new double[vectors.length];
        int n = 0;
        for (int i = 0; i < vectors.length; i++) {
            double best = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < vectors.length; j++) {
                if (!groups[i].equals(groups[j])) {
                    best = Math.max(best, cosine(vectors[i], vectors[j]));
                }
            }
            if (best > Double.NEGATIVE_INFINITY) {
                nearest[n++] = best;
            }
        }
        double[] sorted = java.util.Arrays.copyOf(nearest, n);
        java.util.Arrays.sort(sorted);
        Double floor = n == 0 ? null : sorted[0];
        Double median = n == 0 ? null : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        int dimension = vectors.length == 0 ? 0 : vectors[0].length;
        return new ReferenceSet(new Index(Index.VERSION, dimension, ids, labels, snippets, floor, median), vectors);
    }

    /** Whether a record with this nearest labelled abstract is further from anything labelled than any training abstract was. */
    public boolean isFar(Neighbour nearest) {
        return nearest != null && index.nearestFloor() != null && nearest.similarity() < index.nearestFloor();
    }

    private static double cosine(float[] a, float[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += (double) a[k] * b[k];
        }
        return s;
    }

    /** A nearest labelled abstract. */
    @JsonPropertyOrder({"id", "label", "similarity", "snippet"})
    public record Neighbour(String id, String label, double similarity, String snippet) {}

    public ReferenceSet(Index index, float[][] vectors) {
        if (vectors.length != index.ids().size()) {
            throw new IllegalArgumentException("reference set: " + vectors.length + " vectors for " + index.ids().size() + " ids");
        }
        for (float[] v : vectors) {
            if (v.length != index.dimension()) {
                throw new IllegalArgumentException("reference set: a vector has " + v.length + " dimensions, expected "
                        + index.dimension());
            }
        }
        this.index = index;
        this.vectors = vectors;
    }

    /** The labelled abstract whose embedding has the largest cosine with {@code e}, or null when empty. */
    public Neighbour nearest(float[] e) {
        int best = -1;
        double bestSim = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < vectors.length; i++) {
            double s = 0;
            for (int j = 0; j < e.length; j++) {
                s += (double) e[j] * vectors[i][j];
            }
            if (s > bestSim) {
                bestSim = s;
                best = i;
            }
        }
        return best < 0 ? null
                : new Neighbour(index.ids().get(best), index.labels().get(best), bestSim, index.snippets().get(best));
    }

    public Index index() {
        return index;
    }

    /** The vectors as little-endian float32, row-major: the layout of {@code reference-embeddings.f32}. */
    public byte[] vectorBytes() {
        ByteBuffer b = ByteBuffer.allocate(vectors.length * index.dimension() * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float[] v : vectors) {
            for (float x : v) {
                b.putFloat(x);
            }
        }
        return b.array();
    }

    /** Reads vectors written by {@link #vectorBytes()}. */
    public static ReferenceSet fromBytes(Index index, byte[] bytes) {
        int d = index.dimension();
        int n = index.ids().size();
        if (bytes.length != n * d * 4) {
            throw new IllegalArgumentException("reference embeddings: " + bytes.length + " bytes, expected " + (n * d * 4)
                    + " (" + n + " x " + d + " float32)");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[][] v = new float[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                v[i][j] = b.getFloat();
            }
        }
        return new ReferenceSet(index, v);
    }

    /** First {@code words} words of a text. */
    public static String snippet(String text, int words) {
        String[] w = text.strip().split("\\s+");
        return w.length <= words ? String.join(" ", w) : String.join(" ", java.util.Arrays.copyOf(w, words)) + " ...";
    }
}
