package org.stancemap.eval;

import org.stancemap.stance.Softmax;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How {@code label-next} picks the records to label. At a cold start (a model that has seen few
 * labelled works of the literature) the uncertain records are mostly outliers, so it picks typical
 * and diverse ones ({@link TypicalPicks}); once labels exist it picks the smallest margins.
 */
public enum LabelNextStrategy {
    /** Smallest difference between the two largest probabilities first. */
    MARGIN,
    /** Highest entropy of the probabilities first. */
    ENTROPY,
    /** Typical records of k-means clusters, balanced across predicted stances ({@link TypicalPicks}). */
    TYPICAL;

    /**
     * Labelled records below which {@code auto} picks {@link #TYPICAL}: about the number below which
     * {@code train} keeps a prior head (30 works), whose margins say little about what labels would
     * teach. Records, not works, because a bundle's manifest counts records.
     */
    public static final int COLD_START_RECORDS = 30;

    /** What {@code auto} means for a model trained on {@code labelledRecords} labelled records. */
    public static LabelNextStrategy forLabelled(int labelledRecords) {
        return labelledRecords < COLD_START_RECORDS ? TYPICAL : MARGIN;
    }

    /** Parses {@code margin}, {@code entropy} or {@code typical}, case-insensitively. */
    public static LabelNextStrategy parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid strategy '" + s + "' (expected margin, entropy, typical or auto)");
        }
    }

    /** The name as given on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Indices of up to {@code k} records to label, first to label first.
     *
     * @param vectors unit embeddings of the candidates (read by {@link #TYPICAL} only; may be null otherwise)
     * @param probs   their calibrated probabilities
     */
    public List<Integer> pick(float[][] vectors, double[][] probs, int k, long seed) {
        if (this == TYPICAL) {
            int[] predicted = new int[probs.length];
            for (int i = 0; i < probs.length; i++) {
                predicted[i] = Softmax.argmax(probs[i]);
            }
            return TypicalPicks.pick(vectors, predicted, k, seed);
        }
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < probs.length; i++) {
            idx.add(i);
        }
        Comparator<Integer> order = this == MARGIN ? Comparator.comparingDouble(i -> margin(probs[i]))
                : Comparator.comparingDouble((Integer i) -> entropy(probs[i])).reversed();
        idx.sort(order);
        return List.copyOf(idx.subList(0, Math.min(k, idx.size())));
    }


    static double margin(double[] p) {
        double a = Double.NEGATIVE_INFINITY;
        double b = Double.NEGATIVE_INFINITY;
        for (double v : p) {
            if (v > a) {
                b = a;
                a = v;
            } else if (v > b) {
                b = v;
            }
        }
        return a - b;
    }

    static double entropy(double[] p) {
        double h = 0;
        for (double v : p) {
            h -= v > 0 ? v * Math.log(v) : 0;
        }
        return h;
    }
}
