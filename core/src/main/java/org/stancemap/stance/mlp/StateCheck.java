package org.stancemap.stance.mlp;

import java.util.Arrays;

/** Shape and value checks of a persisted {@link MlpHead.State}; kept apart so the head stays about prediction. */
final class StateCheck {

    private StateCheck() {
    }

    static void validate(MlpHead.State s) {
        if (s == null) {
            throw new IllegalArgumentException("Invalid MLP head state: null");
        }
        if (s.formatVersion() != MlpHead.FORMAT_VERSION) {
            throw new IllegalArgumentException("Unsupported MLP head format version: " + s.formatVersion()
                    + " (this build reads version " + MlpHead.FORMAT_VERSION + ")");
        }
        int[] sizes = s.layerSizes();
        if (sizes == null || sizes.length != 3 || sizes[0] < 1 || sizes[1] < 1 || sizes[2] < 2) {
            throw new IllegalArgumentException("Invalid MLP head layerSizes: " + Arrays.toString(sizes)
                    + " (expected [inputs >= 1, hidden >= 1, classes >= 2])");
        }
        if (!MlpHead.ACTIVATIONS.equals(s.activations())) {
            throw new IllegalArgumentException("Invalid MLP head activations: " + s.activations()
                    + " (expected " + MlpHead.ACTIVATIONS + ")");
        }
        if (s.options() == null) {
            throw new IllegalArgumentException("Invalid MLP head state: options missing");
        }
        if (s.options().hidden() != sizes[1]) {
            throw new IllegalArgumentException("Invalid MLP head state: options.hidden is " + s.options().hidden()
                    + " but layerSizes[1] is " + sizes[1] + " (expected equal)");
        }
        matrix("w1", s.w1(), sizes[0], sizes[1]);
        vector("b1", s.b1(), sizes[1]);
        matrix("w2", s.w2(), sizes[1], sizes[2]);
        vector("b2", s.b2(), sizes[2]);
    }

    private static void matrix(String name, double[][] m, int rows, int cols) {
        String expected = " (expected [" + rows + " x " + cols + "] from layerSizes)";
        if (m == null) {
            throw new IllegalArgumentException("Invalid MLP head " + name + ": missing" + expected);
        }
        if (m.length != rows) {
            throw new IllegalArgumentException("Invalid MLP head " + name + " shape: " + m.length + " rows" + expected);
        }
        for (int i = 0; i < rows; i++) {
            if (m[i] == null || m[i].length != cols) {
                throw new IllegalArgumentException("Invalid MLP head " + name + " shape: row " + i + " has "
                        + (m[i] == null ? "no" : String.valueOf(m[i].length)) + " columns" + expected);
            }
            for (int j = 0; j < cols; j++) {
                finite(name + "[" + i + "][" + j + "]", m[i][j]);
            }
        }
    }

    private static void vector(String name, double[] v, int length) {
        if (v == null || v.length != length) {
            throw new IllegalArgumentException("Invalid MLP head " + name + " shape: "
                    + (v == null ? "missing" : "[" + v.length + "]") + " (expected [" + length + "] from layerSizes)");
        }
        for (int i = 0; i < length; i++) {
            finite(name + "[" + i + "]", v[i]);
        }
    }

    private static void finite(String where, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Invalid MLP head " + where + ": " + value + " (expected finite)");
        }
    }
}
