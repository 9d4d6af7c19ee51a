package org.stancemap.stance.calibration;

import java.util.Random;

/**
 * Synthetic classification problems where the truth is known: true logits drawn from a seeded
 * Gaussian, gold labels drawn from their softmax. A model that reports the true logits is calibrated
 * by construction; one that reports them multiplied by {@code s > 1} is over-confident, and
 * temperature {@code s} undoes it exactly.
 */
final class Synthetic {

    final double[][] logits;
    final int[] gold;

    private Synthetic(double[][] logits, int[] gold) {
        this.logits = logits;
        this.gold = gold;
    }

    /** {@code n} records over {@code k} classes, true logits N(0, spread^2) per class. */
    static Synthetic draw(int n, int k, double spread, long seed) {
        Random r = new Random(seed);
        double[][] z = new double[n][k];
        int[] gold = new int[n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                z[i][c] = spread * r.nextGaussian();
            }
            double[] p = softmax(z[i]);
            double u = r.nextDouble();
            int c = 0;
            for (double acc = p[0]; acc < u && c < k - 1; acc += p[++c]) {
                // walk the cumulative distribution
            }
            gold[i] = c;
        }
        return new Synthetic(z, gold);
    }

    /** The logits as a model over-confident by factor {@code s} would report them. */
    double[][] scaled(double s) {
        double[][] out = new double[logits.length][];
        for (int i = 0; i < logits.length; i++) {
            out[i] = logits[i].clone();
            for (int c = 0; c < out[i].length; c++) {
                out[i][c] *= s;
            }
        }
        return out;
    }

    /** Softmax of every row of {@link #scaled(double)}. */
    double[][] probabilities(double s) {
        double[][] z = scaled(s);
        for (int i = 0; i < z.length; i++) {
            z[i] = softmax(z[i]);
        }
        return z;
    }

    static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double[] p = new double[z.length];
        double sum = 0;
        for (int c = 0; c < z.length; c++) {
            p[c] = Math.exp(z[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < z.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    /** Mean negative log-likelihood of the gold classes under probability rows. */
    static double nll(double[][] p, int[] gold) {
        double s = 0;
        for (int i = 0; i < gold.length; i++) {
            s -= Math.log(Math.max(1e-15, p[i][gold[i]]));
        }
        return s / gold.length;
    }
}
