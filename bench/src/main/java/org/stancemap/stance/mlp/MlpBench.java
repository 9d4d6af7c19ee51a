package org.stancemap.stance.mlp;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Random;

/**
 * Command-line benchmark of the MLP head on synthetic data (4 seeded Gaussian clusters in 384
 * dimensions, not real abstracts): fit time with the default options and prediction throughput,
 * for 14, 100 and 1,000 training rows. Run with {@code OMP_NUM_THREADS=1} and an {@code -Xmx}.
 * Prints a table to standard output; not used by the pipeline.
 */
public final class MlpBench {

    private static final int DIMENSIONS = 384;
    private static final int CLASSES = 4;

    private MlpBench() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        Random random = new Random(1L);
        double[][] centres = new double[CLASSES][];
        for (int c = 0; c < CLASSES; c++) {
            centres[c] = gaussian(random, 1.0);
        }
        MlpOptions opts = MlpOptions.defaults();
        out.println("options " + opts + ", OMP_NUM_THREADS=" + System.getenv("OMP_NUM_THREADS"));
        fitAndTime(centres, 14, opts, random); // warm-up: ND4J start-up and JIT
        out.println("rows  steps  fit_s  ms/step  single_pred/s  batch_pred/s");
        for (int n : new int[] {14, 100, 1000}) {
            long t0 = System.nanoTime();
            MlpHead head = fitAndTime(centres, n, opts, random);
            double fitSeconds = (System.nanoTime() - t0) / 1e9;
            int steps = opts.epochs() * ((n + opts.batchSize() - 1) / opts.batchSize());
            double[][] probe = rows(centres, 1000, random, new int[1000]);
            out.printf(Locale.ROOT, "%4d  %5d  %5.2f  %7.2f  %13.0f  %12.0f%n", n, steps, fitSeconds,
                    1000 * fitSeconds / steps, singleRate(head, probe), batchRate(head, probe));
        }
    }

    private static MlpHead fitAndTime(double[][] centres, int n, MlpOptions opts, Random random) {
        int[] y = new int[n];
        double[][] x = rows(centres, n, random, y);
        return MlpTrainer.fit(x, y, null, CLASSES, opts);
    }

    private static double singleRate(MlpHead head, double[][] probe) {
        long calls = 0;
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < 1_000_000_000L) {
            for (double[] x : probe) {
                head.predictProba(x);
            }
            calls += probe.length;
        }
        return calls / ((System.nanoTime() - t0) / 1e9);
    }

    private static double batchRate(MlpHead head, double[][] probe) {
        long calls = 0;
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < 1_000_000_000L) {
            head.predictProba(probe);
            calls += probe.length;
        }
        return calls / ((System.nanoTime() - t0) / 1e9);
    }

    private static double[][] rows(double[][] centres, int n, Random random, int[] y) {
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            y[i] = i % CLASSES;
            x[i] = gaussian(random, 0.5);
            for (int j = 0; j < DIMENSIONS; j++) {
                x[i][j] += centres[y[i]][j];
            }
        }
        return x;
    }

    private static double[] gaussian(Random random, double norm) {
        double[] v = new double[DIMENSIONS];
        for (int j = 0; j < DIMENSIONS; j++) {
            v[j] = random.nextGaussian() * norm / Math.sqrt(DIMENSIONS);
        }
        return v;
    }
}
