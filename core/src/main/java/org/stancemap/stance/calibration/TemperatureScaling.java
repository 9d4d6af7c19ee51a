package org.stancemap.stance.calibration;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Temperature scaling (Guo et al. 2017): probabilities {@code softmax(z / T)} of logits {@code z}
 * with one temperature {@code T > 0} fitted on out-of-fold predictions. {@code T > 1} softens an
 * over-confident model, {@code T < 1} sharpens an under-confident one; the predicted class never
 * changes. Log-probabilities work as logits (softmax ignores a constant added to a row).
 *
 * <p>This record is the whole persisted state ({@code {"temperature": 1.7}}). Immutable and
 * thread-safe.
 *
 * @param temperature the temperature, finite and {@code > 0}
 */
@JsonPropertyOrder({"temperature"})
public record TemperatureScaling(double temperature) {

    /** Bracket of the search; a fit whose optimum lies outside it returns the nearer edge. */
    public static final double MIN_TEMPERATURE = 0.05;
    public static final double MAX_TEMPERATURE = 20;

    /** Probabilities are clipped from below to this before taking their log. */
    static final double EPSILON = 1e-15;

    private static final double TOLERANCE = 1e-7;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    public TemperatureScaling {
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("Invalid temperature: " + temperature + " (expected a finite value > 0)");
        }
    }

    /** The identity scaling, {@code T = 1}. */
    public static TemperatureScaling identity() {
        return new TemperatureScaling(1);
    }

    /**
     * Fits {@code T} by minimising the mean negative log-likelihood of the gold classes: golden-section
     * search on {@code log T} over [{@value #MIN_TEMPERATURE}, {@value #MAX_TEMPERATURE}]. The
     * likelihood is convex in {@code 1 / T}, hence unimodal in {@code log T}, so the search finds the
     * minimum within the bracket.
     *
     * @param logits one row of class scores per record (finite)
     * @param gold   gold class index of each record
     * @throws IllegalArgumentException when the shapes disagree, a logit is not finite or a gold index
     *                                  is out of range
     */
    public static TemperatureScaling fit(double[][] logits, int[] gold) {
        Inputs.logits(logits, gold);
        double lo = Math.log(MIN_TEMPERATURE);
        double hi = Math.log(MAX_TEMPERATURE);
        double a = hi - GOLDEN * (hi - lo);
        double b = lo + GOLDEN * (hi - lo);
        double fa = negativeLogLikelihood(logits, gold, Math.exp(a));
        double fb = negativeLogLikelihood(logits, gold, Math.exp(b));
        while (hi - lo > TOLERANCE) {
            if (fa <= fb) {
                hi = b;
                b = a;
                fb = fa;
                a = hi - GOLDEN * (hi - lo);
                fa = negativeLogLikelihood(logits, gold, Math.exp(a));
            } else {
                lo = a;
                a = b;
                fa = fb;
                b = lo + GOLDEN * (hi - lo);
                fb = negativeLogLikelihood(logits, gold, Math.exp(b));
            }
        }
        return new TemperatureScaling(Math.exp((lo + hi) / 2));
    }

    /**
     * Fits on probabilities instead of logits, using their logs (clipped at {@code 1e-15}) as logits.
     *
     * @throws IllegalArgumentException as {@link #fit(double[][], int[])}, or when a probability is not in [0, 1]
     */
    public static TemperatureScaling fitProbabilities(double[][] probabilities, int[] gold) {
        Inputs.probabilities(probabilities, gold);
        return fit(Inputs.logOf(probabilities), gold);
    }

    /** Calibrated probabilities {@code softmax(logits / T)}; they sum to 1. */
    public double[] apply(double[] logits) {
        double[] p = new double[logits.length];
        double max = Double.NEGATIVE_INFINITY;
        for (double z : logits) {
            max = Math.max(max, z / temperature);
        }
        double sum = 0;
        for (int k = 0; k < logits.length; k++) {
            p[k] = Math.exp(logits[k] / temperature - max);
            sum += p[k];
        }
        for (int k = 0; k < p.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    /** Calibrated probabilities from probabilities: {@link #apply} on their logs (clipped at {@code 1e-15}). */
    public double[] applyToProbabilities(double[] probabilities) {
        return apply(Inputs.logOf(new double[][] {probabilities})[0]);
    }

    /** Mean negative log-likelihood (natural log) of the gold classes under {@code softmax(logits / T)}. */
    public static double negativeLogLikelihood(double[][] logits, int[] gold, double temperature) {
        double total = 0;
        for (int i = 0; i < logits.length; i++) {
            double[] z = logits[i];
            double max = Double.NEGATIVE_INFINITY;
            for (double v : z) {
                max = Math.max(max, v / temperature);
            }
            double sum = 0;
            for (double v : z) {
                sum += Math.exp(v / temperature - max);
            }
            total += max + Math.log(sum) - z[gold[i]] / temperature;
        }
        return total / logits.length;
    }
}
