package org.stancemap.stance.mlp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A trained one-hidden-layer MLP classification head: {@code softmax(W2' relu(W1' x + b1) + b2)}.
 * Immutable; prediction is a plain-Java forward pass over copied weight arrays (DL4J is used only
 * for training), so all methods are safe to call from any number of threads at once. Classes are
 * indices {@code 0..numClasses()-1}; their names live with the caller.
 */
public final class MlpHead {

    /** The persisted format this build writes and the only one it reads. */
    public static final int FORMAT_VERSION = 1;
    static final List<String> ACTIVATIONS = List.of("relu", "softmax");

    private final double[][] w1t; // [hidden][inputs]: transposed so each hidden unit is one contiguous dot product
    private final double[] b1;
    private final double[][] w2t; // [classes][hidden]
    private final double[] b2;
    private final MlpOptions options;

    private MlpHead(double[][] w1t, double[] b1, double[][] w2t, double[] b2, MlpOptions options) {
        this.w1t = w1t;
        this.b1 = b1;
        this.w2t = w2t;
        this.b2 = b2;
        this.options = options;
    }

    /** Number of input features expected by every prediction method. */
    public int inputSize() {
        return w1t[0].length;
    }

    /** Number of hidden units. */
    public int hiddenSize() {
        return b1.length;
    }

    /** Number of classes, the length of every probability and logit vector. */
    public int numClasses() {
        return b2.length;
    }

    /** The options this head was trained with. */
    public MlpOptions options() {
        return options;
    }

    /**
     * Pre-softmax scores of one row, for temperature scaling.
     *
     * @throws IllegalArgumentException if {@code x} is not {@link #inputSize()} finite values
     */
    public double[] logits(double[] x) {
        checkInput(x, -1);
        return forward(x);
    }

    /** Class probabilities of one row, summing to 1. Same preconditions as {@link #logits(double[])}. */
    public double[] predictProba(double[] x) {
        return softmax(logits(x));
    }

    /** Class probabilities of each row; an invalid row is reported by its index. */
    public double[][] predictProba(double[][] x) {
        double[][] p = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            checkInput(x[i], i);
            p[i] = softmax(forward(x[i]));
        }
        return p;
    }

    private double[] forward(double[] x) {
        double[] h = new double[b1.length];
        for (int j = 0; j < h.length; j++) {
            h[j] = Math.max(0.0, b1[j] + dot(w1t[j], x));
        }
        double[] z = new double[b2.length];
        for (int k = 0; k < z.length; k++) {
            z[k] = b2[k] + dot(w2t[k], h);
        }
        return z;
    }

    /** Softmax of a logit vector, shifted by its maximum so large logits cannot overflow. */
    static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0.0;
        double[] p = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            p[k] = Math.exp(z[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < p.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0.0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private void checkInput(double[] x, int row) {
        String where = row < 0 ? "" : " in row " + row;
        if (x == null) {
            throw new IllegalArgumentException("Invalid input" + where + ": null (expected " + inputSize() + " features)");
        }
        if (x.length != inputSize()) {
            throw new IllegalArgumentException("Invalid input length" + where + ": " + x.length + " (expected " + inputSize() + ")");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("Invalid feature " + i + where + ": " + x[i] + " (expected finite)");
            }
        }
    }

    /** The persisted form of this head, as fresh arrays the caller may keep or change. */
    public State state() {
        return new State(FORMAT_VERSION, new int[] {inputSize(), hiddenSize(), numClasses()}, ACTIVATIONS,
                transpose(w1t), b1.clone(), transpose(w2t), b2.clone(), options);
    }

    /**
     * A head from its persisted form (also how {@link MlpTrainer} builds one). The arrays are copied.
     *
     * @throws IllegalArgumentException for an unknown format version, unknown activations, a missing
     *                                  array, an array whose shape disagrees with {@code layerSizes}
     *                                  (naming the array, expected and actual shape) or a non-finite weight
     */
    public static MlpHead fromState(State s) {
        StateCheck.validate(s);
        return new MlpHead(transpose(s.w1()), s.b1().clone(), transpose(s.w2()), s.b2().clone(), s.options());
    }

    private static double[][] transpose(double[][] m) {
        double[][] t = new double[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }

    /**
     * Persisted form of an {@link MlpHead}, written by Jackson as JSON. Layout (format version 1),
     * with {@code layerSizes = [inputs, hidden, classes]}:
     * {@code w1} is {@code inputs x hidden} and {@code w1[i][j]} connects input {@code i} to hidden
     * unit {@code j} (DL4J's layout); {@code b1} has {@code hidden} values; {@code w2} is
     * {@code hidden x classes}; {@code b2} has {@code classes} values. {@code activations} names the
     * hidden and output activations and must be {@code ["relu", "softmax"]}. A plain data carrier:
     * validated only by {@link MlpHead#fromState}.
     */
    @JsonIgnoreProperties(ignoreUnknown = false)
    @JsonPropertyOrder({"formatVersion", "layerSizes", "activations", "w1", "b1", "w2", "b2", "options"})
    public record State(
            @JsonProperty(required = true) int formatVersion,
            @JsonProperty(required = true) int[] layerSizes,
            @JsonProperty(required = true) List<String> activations,
            @JsonProperty(required = true) double[][] w1,
            @JsonProperty(required = true) double[] b1,
            @JsonProperty(required = true) double[][] w2,
            @JsonProperty(required = true) double[] b2,
            @JsonProperty(required = true) MlpOptions options) {
    }
}
