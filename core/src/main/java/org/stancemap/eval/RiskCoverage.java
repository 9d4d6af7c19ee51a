package org.stancemap.eval;

import org.stancemap.stance.Softmax;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Selective prediction measured: how many records a model answers (does not flag uncertain) and how
 * often those answers are right, at confidence thresholds and under the bundle's own flag.
 */
public final class RiskCoverage {
    /** Confidence thresholds of the table. */
    static final double[] THRESHOLDS = {0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95};

    private RiskCoverage() {}

    /**
     * One row.
     *
     * @param rule     what decides that a record is answered
     * @param answered share of records answered
     * @param n        number answered
     * @param accuracy share of answered records whose label is right (NaN when none is answered)
     */
    @JsonPropertyOrder({"rule", "answered", "n", "accuracy"})
    public record Row(String rule, double answered, int n, double accuracy) {}

    /**
     * The table for a bundle's calibrated probabilities: one row per confidence threshold, then one
     * for the bundle's own {@code uncertain} flag (its selective threshold and prediction sets).
     */
    public static List<Row> table(int[] gold, double[][] probs, org.stancemap.stance.calibration.CalibrationState calibration,
                                  List<int[]> sets) {
        boolean[] flags = new boolean[gold.length];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = calibration.uncertain(sets.get(i), max(probs[i]));
        }
        return table(gold, probs, flags);
    }

    /**
     * The table: one row per confidence threshold, then one for {@code flags} (true: uncertain).
     *
     * @param gold  gold label of each record
     * @param probs calibrated probabilities of each record
     * @param flags the bundle's uncertainty flag of each record, or null
     */
    public static List<Row> table(int[] gold, double[][] probs, boolean[] flags) {
        List<Row> rows = new ArrayList<>();
        for (double t : THRESHOLDS) {
            boolean[] answered = new boolean[gold.length];
            for (int i = 0; i < gold.length; i++) {
                answered[i] = max(probs[i]) >= t;
            }
            rows.add(row(String.format(Locale.ROOT, "confidence >= %.2f", t), gold, probs, answered));
        }
        if (flags != null) {
            boolean[] answered = new boolean[gold.length];
            for (int i = 0; i < gold.length; i++) {
                answered[i] = !flags[i];
            }
            rows.add(row("not flagged uncertain", gold, probs, answered));
        }
        return List.copyOf(rows);
    }

    private static Row row(String rule, int[] gold, double[][] probs, boolean[] answered) {
        int n = 0;
        int right = 0;
        for (int i = 0; i < gold.length; i++) {
            if (answered[i]) {
                n++;
                right += Softmax.argmax(probs[i]) == gold[i] ? 1 : 0;
            }
        }
        return new Row(rule, gold.length == 0 ? 0 : (double) n / gold.length, n, n == 0 ? Double.NaN : (double) right / n);
    }

    /** The table as text, one line per row. */
    public static String format(List<Row> rows) {
        StringBuilder sb = new StringBuilder("risk-coverage (answered share, accuracy of the answered):\n");
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "  %-24s answered %.3f (%d)  accuracy %.3f%n", r.rule(), r.answered(), r.n(),
                    r.accuracy()));
        }
        return sb.toString();
    }

    static double max(double[] p) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : p) {
            m = Math.max(m, v);
        }
        return m;
    }

}
