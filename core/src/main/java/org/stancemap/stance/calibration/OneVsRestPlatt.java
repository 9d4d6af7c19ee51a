package org.stancemap.stance.calibration;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import smile.classification.PlattScaling;

/**
 * One-vs-rest Platt scaling: for each class {@code k}, a sigmoid {@code 1 / (1 + exp(alpha_k p_k + beta_k))}
 * of that class's probability, fitted by Smile's {@link PlattScaling} (which is binary) on "gold is
 * {@code k}" versus the rest; the per-class outputs are then renormalised to sum to 1. Unlike
 * temperature scaling it can change the predicted class.
 *
 * <p>This record is the whole persisted state. Immutable and thread-safe.
 *
 * @param classes one sigmoid per class, in class order
 */
@JsonPropertyOrder({"classes"})
public record OneVsRestPlatt(List<Sigmoid> classes) {

    /**
     * One fitted sigmoid {@code 1 / (1 + exp(alpha s + beta))}, Smile's parameterisation.
     *
     * @param alpha slope (negative when a higher score means more likely)
     * @param beta  intercept
     */
    @JsonPropertyOrder({"alpha", "beta"})
    public record Sigmoid(double alpha, double beta) {
        public Sigmoid {
            if (!Double.isFinite(alpha) || !Double.isFinite(beta)) {
                throw new IllegalArgumentException("Invalid Platt sigmoid: alpha = " + alpha + ", beta = " + beta
                        + " (expected finite values)");
            }
        }

        /** The calibrated probability of score {@code s}; evaluated as Smile does, without overflow. */
        public double apply(double s) {
            double z = alpha * s + beta;
            return z >= 0 ? Math.exp(-z) / (1 + Math.exp(-z)) : 1 / (1 + Math.exp(z));
        }
    }

    public OneVsRestPlatt {
        if (classes == null || classes.size() < 2) {
            throw new IllegalArgumentException("one-vs-rest Platt scaling needs a sigmoid for each of at least 2 classes");
        }
        classes = List.copyOf(classes);
    }

    /**
     * Fits one sigmoid per class on out-of-fold probabilities.
     *
     * @throws IllegalArgumentException when the shapes disagree, a value is not a probability, or a
     *                                  class has no calibration record (or only records), since a
     *                                  sigmoid then cannot be fitted
     */
    public static OneVsRestPlatt fit(double[][] probabilities, int[] gold) {
        Inputs.probabilities(probabilities, gold);
        int classes = probabilities[0].length;
        List<Sigmoid> sigmoids = new ArrayList<>(classes);
        for (int k = 0; k < classes; k++) {
            double[] scores = new double[gold.length];
            int[] positive = new int[gold.length];
            int positives = 0;
            for (int i = 0; i < gold.length; i++) {
                scores[i] = probabilities[i][k];
                positive[i] = gold[i] == k ? 1 : 0;
                positives += positive[i];
            }
            if (positives == 0 || positives == gold.length) {
                throw new IllegalArgumentException("Platt scaling of class " + k + ": " + positives + " of "
                        + gold.length + " calibration records belong to it; expected at least one in and one out");
            }
            sigmoids.add(parameters(PlattScaling.fit(scores, positive)));
        }
        return new OneVsRestPlatt(sigmoids);
    }

    /** Calibrated probabilities of one record, renormalised to sum to 1. */
    public double[] apply(double[] probabilities) {
        if (probabilities == null || probabilities.length != classes.size()) {
            throw new IllegalArgumentException("Platt scaling: expected " + classes.size() + " probabilities, got "
                    + (probabilities == null ? "null" : probabilities.length));
        }
        double[] q = new double[probabilities.length];
        double sum = 0;
        for (int k = 0; k < q.length; k++) {
            q[k] = classes.get(k).apply(probabilities[k]);
            sum += q[k];
        }
        for (int k = 0; k < q.length; k++) {
            q[k] /= sum;
        }
        return q;
    }

    /**
     * Reads alpha and beta back out of Smile's model, which keeps them private: the sigmoid's log-odds
     * {@code ln(1/p - 1) = alpha s + beta} at {@code s = 0} and {@code s = 1}, the ends of the score
     * range, where the fitted sigmoid is far from saturating for probability scores.
     */
    static Sigmoid parameters(PlattScaling platt) {
        double beta = logOdds(platt.scale(0));
        double alpha = logOdds(platt.scale(1)) - beta;
        return new Sigmoid(alpha, beta);
    }

    private static double logOdds(double p) {
        return Math.log1p(-p) - Math.log(p);
    }
}
