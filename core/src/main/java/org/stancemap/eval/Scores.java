package org.stancemap.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stancemap.stance.LabelledDocuments;
import org.stancemap.stance.StanceModel;
import org.stancemap.stance.calibration.CalibrationState;

/**
 * A calibrated model's figures on held-out labelled documents, as the accuracy benchmark prints
 * them: macro-F1 with a bootstrap interval over works, accuracy, ECE, conformal coverage and set
 * size, the share answered (not flagged uncertain) and its accuracy, and per-class F1.
 */
record Scores(double macroF1, Bootstrap.Interval macroF1Ci, double accuracy, double ece, double coverage,
              double setSize, double answered, double answeredAccuracy, List<Double> perClassF1) {

    static final String HEADER = String.format(Locale.ROOT, "  %-34s %-21s %6s %6s %6s %5s %8s %7s  %s", "variant",
            "macro-F1 [95% CI]", "acc", "ECE", "cover", "set", "answered", "right", "per-class F1 (label-set order)");

    static Scores of(List<String> labels, StanceModel model, CalibrationState calibration, LabelledDocuments test) {
        int n = test.size();
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            p[i] = calibration.probabilities(model.logits(test.documents().get(i)));
        }
        ClassificationMetrics m = ClassificationMetrics.of(labels, test.y(), p);
        Bootstrap.Interval ci = new Bootstrap(new Bootstrap.Options(1000, 0.95, 42)).interval(labels, test.y(), p,
                test.groups(), ClassificationMetrics::macroF1);
        List<int[]> sets = calibration.conformal().predictSets(p);
        List<RiskCoverage.Row> rc = RiskCoverage.table(test.y(), p, calibration, sets);
        RiskCoverage.Row answered = rc.get(rc.size() - 1);
        List<Double> perClass = new ArrayList<>();
        for (String l : labels) {
            perClass.add(m.classMetrics(l).f1());
        }
        return new Scores(m.macroF1(), ci, m.accuracy(), m.ece(),
                org.stancemap.stance.calibration.SplitConformal.empiricalCoverage(sets, test.y()),
                org.stancemap.stance.calibration.SplitConformal.meanSetSize(sets), answered.answered(), answered.accuracy(),
                List.copyOf(perClass));
    }

    String row(String name) {
        StringBuilder pc = new StringBuilder();
        for (double f : perClassF1) {
            pc.append(String.format(Locale.ROOT, " %.2f", f));
        }
        return String.format(Locale.ROOT, "  %-34s %.3f [%.3f, %.3f] %6.3f %6.3f %6.3f %5.2f %8.3f %7.3f %s", name, macroF1,
                macroF1Ci.lower(), macroF1Ci.upper(), accuracy, ece, coverage, setSize, answered, answeredAccuracy, pc);
    }
}
