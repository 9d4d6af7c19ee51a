package org.stancemap.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Formats one or several named {@link ClassificationMetrics} side by side as fixed-width plain text
 * for a terminal: the summary metrics (with bootstrap intervals when given), per-class precision,
 * recall, F1 and support, and each confusion matrix with label names. Numbers use
 * {@link Locale#ROOT} and three decimals, lines end with {@code \n}: the output is a deterministic
 * function of the input. Stateless and thread-safe.
 */
public final class EvaluationTable {

    /**
     * One column of the table.
     *
     * @param name             column heading, e.g. {@code model} or {@code majority}
     * @param metrics          the metrics
     * @param accuracyInterval bootstrap interval of the accuracy, or {@code null}
     * @param macroF1Interval  bootstrap interval of the macro-F1, or {@code null}
     */
    public record Column(String name, ClassificationMetrics metrics, Bootstrap.Interval accuracyInterval,
            Bootstrap.Interval macroF1Interval) {
        public Column {
            if (name == null || name.isBlank() || metrics == null) {
                throw new IllegalArgumentException("a table column needs a name and metrics");
            }
        }

        /** A column without intervals. */
        public static Column of(String name, ClassificationMetrics metrics) {
            return new Column(name, metrics, null, null);
        }
    }

    private EvaluationTable() {
    }

    /**
     * The table.
     *
     * @param columns at least one column; all over the same label set in the same order
     * @throws IllegalArgumentException when there is no column or the label sets differ
     */
    public static String format(List<Column> columns) {
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException("evaluation table: expected at least one column");
        }
        List<String> labels = columns.get(0).metrics().labels();
        for (Column c : columns) {
            if (!c.metrics().labels().equals(labels)) {
                throw new IllegalArgumentException("evaluation table: column '" + c.name() + "' has labels "
                        + c.metrics().labels() + ", expected " + labels);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(render(summary(columns))).append('\n');
        out.append(render(perClass(columns, labels))).append('\n');
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            out.append(i == 0 ? "" : "\n");
            out.append("confusion matrix, ").append(c.name()).append(" (rows gold, columns predicted)\n");
            out.append(render(confusion(c.metrics(), labels)));
        }
        return out.toString();
    }

    private static List<String[]> summary(List<Column> columns) {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("metric", columns, Column::name));
        rows.add(row("n", columns, c -> Integer.toString(c.metrics().n())));
        rows.add(row("accuracy", columns, c -> withInterval(c.metrics().accuracy(), c.accuracyInterval())));
        rows.add(row("macro-F1", columns, c -> withInterval(c.metrics().macroF1(), c.macroF1Interval())));
        rows.add(row("log loss", columns, c -> number(c.metrics().logLoss())));
        rows.add(row("Brier", columns, c -> number(c.metrics().brier())));
        rows.add(row("ECE (" + ReliabilityBin.BINS + " bins)", columns, c -> number(c.metrics().ece())));
        return rows;
    }

    private static List<String[]> perClass(List<Column> columns, List<String> labels) {
        boolean sameSupport = columns.stream().allMatch(c -> supports(c).equals(supports(columns.get(0))));
        int per = sameSupport ? 3 : 4;
        List<String[]> rows = new ArrayList<>();
        String[] head = new String[1 + (sameSupport ? 1 : 0) + per * columns.size()];
        String[] sub = new String[head.length];
        Arrays.fill(head, "");
        Arrays.fill(sub, "");
        head[0] = "per class";
        int at = 1;
        if (sameSupport) {
            sub[at++] = "support";
        }
        for (Column c : columns) {
            // the name heads the last column of its group, so that it ends where the group ends
            head[at + per - 1] = c.name();
            sub[at++] = "P";
            sub[at++] = "R";
            sub[at++] = "F1";
            if (!sameSupport) {
                sub[at++] = "support";
            }
        }
        rows.add(head);
        rows.add(sub);
        for (int k = 0; k < labels.size(); k++) {
            String[] r = new String[head.length];
            r[0] = labels.get(k);
            at = 1;
            if (sameSupport) {
                r[at++] = Integer.toString(columns.get(0).metrics().perClass().get(k).support());
            }
            for (Column c : columns) {
                ClassMetrics m = c.metrics().perClass().get(k);
                r[at++] = number(m.precision());
                r[at++] = number(m.recall());
                r[at++] = number(m.f1());
                if (!sameSupport) {
                    r[at++] = Integer.toString(m.support());
                }
            }
            rows.add(r);
        }
        return rows;
    }

    private static List<String[]> confusion(ClassificationMetrics m, List<String> labels) {
        int k = labels.size();
        List<String[]> rows = new ArrayList<>();
        String[] head = new String[k + 1];
        head[0] = "";
        for (int c = 0; c < k; c++) {
            head[c + 1] = "[" + (c + 1) + "]";
        }
        rows.add(head);
        for (int g = 0; g < k; g++) {
            String[] r = new String[k + 1];
            r[0] = "[" + (g + 1) + "] " + labels.get(g);
            for (int p = 0; p < k; p++) {
                r[p + 1] = Integer.toString(m.count(g, p));
            }
            rows.add(r);
        }
        return rows;
    }

    private static List<Integer> supports(Column c) {
        return c.metrics().perClass().stream().map(ClassMetrics::support).toList();
    }

    private static String[] row(String name, List<Column> columns, java.util.function.Function<Column, String> cell) {
        String[] r = new String[columns.size() + 1];
        r[0] = name;
        for (int i = 0; i < columns.size(); i++) {
            r[i + 1] = cell.apply(columns.get(i));
        }
        return r;
    }

    private static String withInterval(double value, Bootstrap.Interval interval) {
        return interval == null ? number(value)
                : number(value) + " [" + number(interval.lower()) + ", " + number(interval.upper()) + "]";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** First column left-aligned, the others right-aligned, two spaces between columns, no trailing blanks. */
    private static String render(List<String[]> rows) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < cols; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                String pad = " ".repeat(width[c] - r[c].length());
                line.append(c == 0 ? r[c] + pad : "  " + pad + r[c]);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
