package org.stancemap.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.stancemap.eval.Bootstrap;
import org.stancemap.eval.ClassMetrics;
import org.stancemap.eval.ClassificationMetrics;
import org.stancemap.eval.LearningCurve;
import org.stancemap.report.HtmlTable.Cell;
import org.stancemap.report.svg.BarChart;
import org.stancemap.report.svg.HeatMap;
import org.stancemap.report.svg.LineChart;
import org.stancemap.report.svg.ReliabilityDiagram;
import org.stancemap.report.svg.Svg;

/** Renders an {@link Evaluation} as an HTML page. Stateless. */
final class EvaluationPage {
    private EvaluationPage() {}

    static String render(Evaluation e) throws IOException {
        List<String> names = displayNames(e);
        HtmlPage page = new HtmlPage("Stancemap evaluation",
                "How well " + (e.models().size() == 1 ? "the stance model" : "each of " + e.models().size() + " stance models")
                        + " predicts the gold stance (" + e.mode() + "), beside a majority-class baseline, with 95% bootstrap"
                        + " intervals that resample works.");
        page.section("metrics", "Metrics", "Accuracy and macro-F1 with their bootstrap intervals; log loss, Brier score "
                + "and expected calibration error (ECE) judge the probabilities.", metricsTable(e, names));
        if (e.models().size() > 1) {
            page.section("comparison", "Models side by side", "Accuracy and macro-F1 of every model with 95% intervals;"
                    + " the last group is the majority baseline of the first model.", page.charts(List.of(comparison(e, names))));
        }
        for (int i = 0; i < e.models().size(); i++) {
            Evaluation.ModelResult m = e.models().get(i);
            String name = names.get(i);
            ClassificationMetrics x = m.metrics();
            List<String> charts = List.of(
                    HeatMap.render("Confusion matrix, " + name, x.labels(), x.labels(), counts(x), "gold", "predicted", true,
                            v -> Svg.fmt(v, 0)),
                    perClass(m, name),
                    ReliabilityDiagram.render("Reliability, " + name, x.reliability(), x.ece()));
            page.section("model-" + (i + 1), "Model " + name, m.method() + ". Shade of a confusion cell: its share of"
                    + " the row's largest count.", page.charts(charts) + classTable(x, "classes-" + (i + 1)));
        }
        if (!e.learningCurve().isEmpty()) {
            page.section("learning-curve", "Learning curve", "Pooled out-of-fold macro-F1 and accuracy by training-set size,"
                    + " mean over repeats with a band of one standard deviation.",
                    page.charts(List.of(learningCurve(e.learningCurve()))) + curveTable(e.learningCurve()));
        }
        if (e.context() != null) {
            page.section("inputs", "Inputs", "What was evaluated, as recorded in the evaluation JSON.",
                    "<pre>" + HtmlPage.esc(ReportFiles.json(e.context())) + "</pre>");
        }
        return page.render();
    }

    /** Model names, numbered ({@code tfidf-lr #2}) where one name occurs more than once. */
    static List<String> displayNames(Evaluation e) {
        List<String> raw = e.models().stream().map(Evaluation.ModelResult::name).toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String n = raw.get(i);
            long same = raw.stream().filter(n::equals).count();
            long before = raw.subList(0, i).stream().filter(n::equals).count();
            out.add(same > 1 ? n + " #" + (before + 1) : n);
        }
        return out;
    }

    private static String metricsTable(Evaluation e, List<String> names) {
        HtmlTable t = new HtmlTable(List.of("model", "n", "accuracy", "95% interval", "macro-F1", "95% interval", "log loss",
                "Brier", "ECE"), List.of(false, true, true, false, true, false, true, true, true));
        for (int i = 0; i < e.models().size(); i++) {
            Evaluation.ModelResult m = e.models().get(i);
            t.row(metricRow(names.get(i), m.metrics(), m.accuracyCi(), m.macroF1Ci()));
            if (m.baseline() != null) {
                t.row(metricRow("majority baseline (" + names.get(i) + ")", m.baseline(), null, null));
            }
        }
        return t.render("metrics-table", false, false);
    }

    private static List<Cell> metricRow(String name, ClassificationMetrics x, Bootstrap.Interval acc, Bootstrap.Interval f1) {
        return List.of(Cell.of(name), Cell.num(x.n()), Cell.num(x.accuracy(), 3), Cell.of(interval(acc)),
                Cell.num(x.macroF1(), 3), Cell.of(interval(f1)), Cell.num(x.logLoss(), 3), Cell.num(x.brier(), 3),
                Cell.num(x.ece(), 3));
    }

    private static String interval(Bootstrap.Interval ci) {
        return ci == null ? "" : "[" + Svg.fmt(ci.lower(), 3) + ", " + Svg.fmt(ci.upper(), 3) + "]";
    }

    private static String comparison(Evaluation e, List<String> displayNames) {
        List<String> names = new ArrayList<>(displayNames);
        List<double[]> values = new ArrayList<>();
        List<double[][]> intervals = new ArrayList<>();
        for (Evaluation.ModelResult m : e.models()) {
            values.add(new double[] {m.metrics().accuracy(), m.metrics().macroF1()});
            intervals.add(new double[][] {bounds(m.accuracyCi()), bounds(m.macroF1Ci())});
        }
        Evaluation.ModelResult first = e.models().get(0);
        if (first.baseline() != null) {
            names.add("majority");
            values.add(new double[] {first.baseline().accuracy(), first.baseline().macroF1()});
            intervals.add(new double[][] {null, null});
        }
        return BarChart.render("Accuracy and macro-F1 by model", names, List.of("accuracy", "macro-F1"),
                values.toArray(double[][]::new), intervals.toArray(double[][][]::new), 1.0);
    }

    private static double[] bounds(Bootstrap.Interval ci) {
        return ci == null ? null : new double[] {ci.lower(), ci.upper()};
    }

    private static String perClass(Evaluation.ModelResult m, String name) {
        List<ClassMetrics> pc = m.metrics().perClass();
        double[][] v = new double[pc.size()][];
        for (int i = 0; i < pc.size(); i++) {
            v[i] = new double[] {pc.get(i).precision(), pc.get(i).recall(), pc.get(i).f1()};
        }
        return BarChart.render("Precision, recall and F1 by class, " + name, m.metrics().labels(),
                List.of("precision", "recall", "F1"), v, null, 1.0);
    }

    static double[][] counts(ClassificationMetrics x) {
        return x.confusion().stream().map(r -> r.stream().mapToDouble(Integer::doubleValue).toArray()).toArray(double[][]::new);
    }

    private static String classTable(ClassificationMetrics x, String id) {
        HtmlTable t = new HtmlTable(List.of("class", "support", "precision", "recall", "F1"),
                List.of(false, true, true, true, true));
        for (ClassMetrics c : x.perClass()) {
            t.row(List.of(Cell.of(c.label()), Cell.num(c.support()), Cell.num(c.precision(), 3), Cell.num(c.recall(), 3),
                    Cell.num(c.f1(), 3)));
        }
        return t.render(id, false, false);
    }

    private static String learningCurve(List<LearningCurve.Point> points) {
        double[] x = points.stream().mapToDouble(LearningCurve.Point::meanTrainingSize).toArray();
        return LineChart.render("Learning curve", "training records per fold (mean)", x, List.of(
                new LineChart.Series("macro-F1", points.stream().mapToDouble(LearningCurve.Point::meanMacroF1).toArray(),
                        points.stream().mapToDouble(LearningCurve.Point::sdMacroF1).toArray()),
                new LineChart.Series("accuracy", points.stream().mapToDouble(LearningCurve.Point::meanAccuracy).toArray(),
                        points.stream().mapToDouble(LearningCurve.Point::sdAccuracy).toArray())));
    }

    private static String curveTable(List<LearningCurve.Point> points) {
        HtmlTable t = new HtmlTable(List.of("size", "training records", "runs", "macro-F1", "sd", "accuracy", "sd"),
                List.of(false, true, true, true, true, true, true));
        for (LearningCurve.Point p : points) {
            t.row(List.of(Cell.of(p.size()), Cell.num(p.meanTrainingSize(), 1), Cell.num(p.runs()), Cell.num(p.meanMacroF1(), 3),
                    Cell.num(p.sdMacroF1(), 3), Cell.num(p.meanAccuracy(), 3), Cell.num(p.sdAccuracy(), 3)));
        }
        return t.render("learning-curve-table", false, false);
    }
}
