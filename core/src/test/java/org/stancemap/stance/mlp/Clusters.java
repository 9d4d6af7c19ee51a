package org.stancemap.stance.mlp;

import java.util.Random;

/**
 * Seeded synthetic data for the MLP tests (not real abstracts): Gaussian clusters around random
 * class centres in {@code d} dimensions, scaled like sentence embeddings (centre norm about 1).
 */
final class Clusters {

    final double[][] centres;
    private final double noise;
    private final Random random;

    /**
     * @param classes number of class centres
     * @param d       dimensions
     * @param noise   norm of the per-row noise relative to the centre norm (about)
     * @param seed    seed of everything drawn from this generator
     */
    Clusters(int classes, int d, double noise, long seed) {
        this.random = new Random(seed);
        this.noise = noise;
        this.centres = new double[classes][];
        for (int c = 0; c < classes; c++) {
            centres[c] = gaussian(d, 1.0);
        }
    }

    /** {@code perClass} rows of each class, classes in blocks; labels in {@code y}. */
    Data sample(int... perClass) {
        int n = 0;
        for (int k : perClass) {
            n += k;
        }
        double[][] x = new double[n][];
        int[] y = new int[n];
        int i = 0;
        for (int c = 0; c < perClass.length; c++) {
            for (int k = 0; k < perClass[c]; k++, i++) {
                x[i] = around(centres[c]);
                y[i] = c;
            }
        }
        return new Data(x, y);
    }

    /** One row around an arbitrary point. */
    double[] around(double[] centre) {
        double[] e = gaussian(centre.length, noise);
        for (int j = 0; j < e.length; j++) {
            e[j] += centre[j];
        }
        return e;
    }

    /** A row of {@code d} values with expected norm about {@code norm}. */
    double[] gaussian(int d, double norm) {
        double[] v = new double[d];
        double s = norm / Math.sqrt(d);
        for (int j = 0; j < d; j++) {
            v[j] = random.nextGaussian() * s;
        }
        return v;
    }

    record Data(double[][] x, int[] y) {
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best;
    }

    static double accuracy(MlpHead head, Data data) {
        int right = 0;
        for (int i = 0; i < data.x().length; i++) {
            if (argmax(head.predictProba(data.x()[i])) == data.y()[i]) {
                right++;
            }
        }
        return (double) right / data.x().length;
    }
}
