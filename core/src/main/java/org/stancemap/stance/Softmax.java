package org.stancemap.stance;

/** The softmax function with a temperature, computed stably. */
public final class Softmax {
    private Softmax() {}

    /** {@code exp(z_i / t) / sum_j exp(z_j / t)}; {@code t > 0}. */
    public static double[] of(double[] logits, double t) {
        double max = Double.NEGATIVE_INFINITY;
        for (double z : logits) {
            max = Math.max(max, z / t);
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp(logits[i] / t - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /** Index of the largest value; ties go to the lower index. */
    public static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
