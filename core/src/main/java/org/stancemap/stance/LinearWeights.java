package org.stancemap.stance;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import smile.classification.SparseLogisticRegression;
import smile.util.SparseArray;

/**
 * The weights of a multinomial linear model, {@code logit_k(x) = bias[k] + sum_j weights[k][j] x_j},
 * one row per label. Rows are centred (each column sums to zero over labels), which leaves the
 * probabilities unchanged and makes a weight read as "how much this feature favours this label".
 * Immutable.
 *
 * @param formatVersion layout version
 * @param labels        label names, one per row
 * @param bias          one intercept per label
 * @param weights       {@code labels x features}
 */
@JsonPropertyOrder({"format_version", "labels", "bias", "weights"})
public record LinearWeights(
        @JsonProperty("format_version") int formatVersion,
        List<String> labels,
        double[] bias,
        double[][] weights) {

    public static final int VERSION = 1;

    public LinearWeights {
        if (formatVersion != VERSION) {
            throw new IllegalArgumentException("Unsupported linear-weights format_version " + formatVersion
                    + " (this build reads " + VERSION + ")");
        }
        if (labels == null || bias == null || weights == null) {
            throw new IllegalArgumentException("linear weights lack labels, bias or weights");
        }
        if (bias.length != labels.size() || weights.length != labels.size()) {
            throw new IllegalArgumentException("linear weights: expected " + labels.size() + " rows, found bias "
                    + bias.length + " and weights " + weights.length);
        }
        for (double[] row : weights) {
            if (row.length != weights[0].length) {
                throw new IllegalArgumentException("linear weights: rows differ in length");
            }
        }
        labels = List.copyOf(labels);
    }

    /** Number of features. */
    public int features() {
        return weights[0].length;
    }

    /** Logits of a sparse feature vector. */
    public double[] logits(SparseArray x) {
        double[] z = bias.clone();
        for (SparseArray.Entry e : x) {
            for (int k = 0; k < z.length; k++) {
                z[k] += weights[k][e.i] * e.x;
            }
        }
        return z;
    }

    /** Logits of a dense feature vector. */
    public double[] logits(double[] x) {
        if (x.length != features()) {
            throw new IllegalArgumentException("expected " + features() + " features, got " + x.length);
        }
        double[] z = bias.clone();
        for (int k = 0; k < z.length; k++) {
            double[] w = weights[k];
            double s = 0;
            for (int j = 0; j < x.length; j++) {
                s += w[j] * x[j];
            }
            z[k] += s;
        }
        return z;
    }

    /**
     * Converts Smile's multinomial coefficients ({@code (k-1) x (p+1)}, intercept last, the last
     * class the reference with logit 0) into centred weights over all labels.
     *
     * @param classIndex {@code classIndex[c]} is the label index of Smile's class c
     */
    static LinearWeights fromSmile(double[][] coef, int[] classIndex, List<String> labels, int features) {
        int k = labels.size();
        double[][] w = new double[k][features];
        double[] b = new double[k];
        // labels absent from training keep a very low score rather than an undefined one
        boolean[] present = new boolean[k];
        for (int c = 0; c < classIndex.length; c++) {
            present[classIndex[c]] = true;
            if (c < coef.length) {
                System.arraycopy(coef[c], 0, w[classIndex[c]], 0, features);
                b[classIndex[c]] = coef[c][features];
            }
        }
        centre(w, b, present);
        for (int i = 0; i < k; i++) {
            if (!present[i]) {
                b[i] = -ABSENT_PENALTY;
            }
        }
        return new LinearWeights(VERSION, labels, b, w);
    }

    /** Score offset of a label that had no training example. */
    static final double ABSENT_PENALTY = 10.0;

    private static void centre(double[][] w, double[] b, boolean[] present) {
        int m = 0;
        for (boolean p : present) {
            m += p ? 1 : 0;
        }
        for (int j = 0; j < w[0].length; j++) {
            double mean = 0;
            for (int k = 0; k < w.length; k++) {
                mean += present[k] ? w[k][j] : 0;
            }
            mean /= m;
            for (int k = 0; k < w.length; k++) {
                w[k][j] = present[k] ? w[k][j] - mean : 0;
            }
        }
        double mean = 0;
        for (int k = 0; k < b.length; k++) {
            mean += present[k] ? b[k] : 0;
        }
        mean /= m;
        for (int k = 0; k < b.length; k++) {
            b[k] = present[k] ? b[k] - mean : 0;
        }
    }

    /** Fits weights with Smile's sparse multinomial logistic regression (L-BFGS, L2 penalty {@code lambda}). */
    static LinearWeights fitSparse(List<SparseArray> x, int[] y, int features, List<String> labels,
                                   double lambda, double tol, int maxIter) {
        int[] classes = presentClasses(y);
        if (classes.length < 2) {
            throw new IllegalArgumentException("training needs at least two labels with examples, found " + classes.length);
        }
        SparseLogisticRegression.Multinomial model = SparseLogisticRegression.multinomial(
                smile.data.SparseDataset.of(x, features), remap(y, classes), lambda, tol, maxIter);
        return fromSmile(model.coefficients(), classes, labels, features);
    }

    /** Sorted distinct labels of y. */
    static int[] presentClasses(int[] y) {
        return java.util.Arrays.stream(y).distinct().sorted().toArray();
    }

    /** y re-indexed to 0..m-1 over the present classes (Smile needs contiguous labels). */
    static int[] remap(int[] y, int[] classes) {
        int[] out = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = java.util.Arrays.binarySearch(classes, y[i]);
        }
        return out;
    }
}
