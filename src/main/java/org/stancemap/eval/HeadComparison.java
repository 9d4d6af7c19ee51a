package org.stancemap.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.stancemap.stance.Document;
import org.stancemap.stance.LabelSet;
import org.stancemap.stance.StanceTrainer;

/**
 * Cross-validates several heads on the same folds, calibrates each on its out-of-fold predictions,
 * and picks the best: highest macro-F1, ties (within 0.005) broken by lower calibrated log loss.
 */
public final class HeadComparison {
    /** The selection rule, recorded in manifests and reports. */
    public static final String RULE = "highest grouped cross-validated macro-F1; within 0.005, lower calibrated log loss";

    private HeadComparison() {}

    /** One head's evaluation. */
    @JsonPropertyOrder({"head", "crossValidation", "calibration"})
    public record Entry(String head, CrossValidation.Result crossValidation, CalibrationFit.Result calibration) {}

    /** All heads' evaluations and the chosen one. */
    @JsonPropertyOrder({"rule", "chosen", "entries"})
    public record Result(String rule, String chosen, List<Entry> entries) {
        /** The chosen head's entry. */
        public Entry best() {
            return entries.stream().filter(e -> e.head().equals(chosen)).findFirst().orElseThrow();
        }
    }

    /**
     * Runs the comparison.
     *
     * @param coverage conformal coverage for the calibration of each head
     */
    public static Result run(List<StanceTrainer> trainers, List<Document> docs, int[] y, String[] groups, LabelSet labels,
                             CvSpec spec, long seed, double coverage) {
        List<Entry> entries = new ArrayList<>();
        for (StanceTrainer t : trainers) {
            CrossValidation.Result cv = CrossValidation.run(docs, y, groups, labels, t, spec, seed);
            entries.add(new Entry(t.head(), cv, CalibrationFit.fit(cv, coverage)));
        }
        Entry best = entries.stream().max(Comparator.<Entry>comparingDouble(e -> round(e.crossValidation().metrics().macroF1()))
                .thenComparing(Comparator.<Entry>comparingDouble(e -> e.calibration().after().logLoss()).reversed()))
                .orElseThrow();
        return new Result(RULE, best.head(), List.copyOf(entries));
    }

    private static double round(double f1) {
        return Math.round(f1 / 0.005) * 0.005;
    }

    /** A table with one line per head: macro-F1 and interval, accuracy, log loss and ECE before and after calibration, conformal coverage and set size. */
    public static String table(Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-16s %-22s %8s %17s %15s %9s %8s%n", "head", "macro-F1 [95% CI]", "accuracy",
                "log loss raw/cal", "ECE raw/cal", "coverage", "set size"));
        for (Entry e : r.entries()) {
            var m = e.crossValidation().metrics();
            var ci = e.crossValidation().macroF1Ci();
            var c = e.calibration();
            sb.append(String.format(Locale.ROOT, "%-16s %.3f [%.3f, %.3f] %8.3f %8.3f / %6.3f %6.3f / %6.3f %9.3f %8.2f%s%n",
                    e.head(), m.macroF1(), ci.lower(), ci.upper(), m.accuracy(), c.before().logLoss(), c.after().logLoss(),
                    c.before().ece(), c.after().ece(), c.empiricalCoverage(), c.meanSetSize(),
                    e.head().equals(r.chosen()) ? "  <- chosen" : ""));
        }
        CrossValidation.Result first = r.entries().get(0).crossValidation();
        sb.append(String.format(Locale.ROOT, "%-16s %.3f %24.3f %8.3f%n", "majority", first.baseline().macroF1(),
                first.baseline().accuracy(), first.baseline().logLoss()));
        sb.append("rule: ").append(r.rule()).append('\n');
        sb.append(String.format(Locale.ROOT, "%nper-class F1%n%-16s", "head"));
        List<String> labels = first.metrics().labels();
        for (String l : labels) {
            sb.append(String.format(Locale.ROOT, " %22s", l));
        }
        sb.append('\n');
        for (Entry e : r.entries()) {
            sb.append(String.format(Locale.ROOT, "%-16s", e.head()));
            for (String l : labels) {
                sb.append(String.format(Locale.ROOT, " %22.3f", e.crossValidation().metrics().classMetrics(l).f1()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
