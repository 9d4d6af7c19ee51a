package org.stancemap.report.svg;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A matrix as coloured cells with their values written in: a confusion matrix (gold by predicted),
 * a topic-by-stance table, a label transition matrix. Each cell's shade is its value over the largest
 * value of its row ({@code rowScaled}) or of the whole matrix. Stateless.
 */
public final class HeatMap {
    private static final int CELL_W = 74;
    private static final int CELL_H = 30;
    private static final int MAX_LABEL = 34;

    private HeatMap() {}

    /**
     * The chart.
     *
     * @param title     chart title
     * @param rows      row names, at least one
     * @param columns   column names, at least one
     * @param values    {@code values[row][column]}, finite, at least 0
     * @param rowAxis   what the rows are, e.g. {@code gold}
     * @param colAxis   what the columns are, e.g. {@code predicted}
     * @param rowScaled shade by row maximum (true) or matrix maximum (false)
     * @param format    how a value is written in its cell
     * @throws IllegalArgumentException when the shapes do not agree or a value is out of range
     */
    public static String render(String title, List<String> rows, List<String> columns, double[][] values,
                                String rowAxis, String colAxis, boolean rowScaled, DoubleFunction<String> format) {
        check(rows, columns, values);
        int rowLabelChars = Math.min(MAX_LABEL, Math.max(rowAxis.length(), rows.stream().mapToInt(String::length).max().orElse(1)));
        double left = Svg.textWidth(rowLabelChars) + 16;
        int colLabelChars = Math.min(22, columns.stream().mapToInt(String::length).max().orElse(1));
        double headerH = Svg.textWidth(colLabelChars) * 0.62 + 36;
        double top = 22 + headerH;
        int width = (int) Math.ceil(left + columns.size() * CELL_W + Math.max(12, Svg.textWidth(colLabelChars) * 0.79 - CELL_W / 2.0 + 12));
        int height = (int) Math.ceil(top + rows.size() * CELL_H + 12);
        Svg svg = new Svg("heatmap", title, (int) Math.max(Math.max(width, 240), Svg.textWidth(title.length()) + 12), height);
        svg.text(6, 16, title, "start", 0, "#222");
        svg.text(left + columns.size() * CELL_W / 2.0, 34, colAxis + " \u2192", "middle", 0, "#555");
        svg.text(left - 8, top - 6, rowAxis + " \u2193", "end", 0, "#555");
        double global = max(values, -1);
        for (int c = 0; c < columns.size(); c++) {
            double x = left + c * CELL_W + CELL_W / 2.0;
            svg.label(x - 4, top - 8, columns.get(c), "start", 22, -38);
        }
        for (int r = 0; r < rows.size(); r++) {
            double y = top + r * CELL_H;
            svg.label(left - 8, y + CELL_H / 2.0 + 4, rows.get(r), "end", MAX_LABEL);
            double scale = rowScaled ? max(values, r) : global;
            for (int c = 0; c < columns.size(); c++) {
                double v = values[r][c];
                double t = scale > 0 ? v / scale : 0;
                double x = left + c * CELL_W;
                svg.rect(x, y, CELL_W - 2, CELL_H - 2, Palette.heat(t),
                        rowAxis + " " + rows.get(r) + ", " + colAxis + " " + columns.get(c) + ": " + format.apply(v));
                svg.text(x + CELL_W / 2.0 - 1, y + CELL_H / 2.0 + 3, format.apply(v), "middle", 0, Palette.onHeat(t));
            }
        }
        return svg.close();
    }

    /** Largest value of row {@code r}, or of the whole matrix when {@code r < 0}. */
    private static double max(double[][] values, int r) {
        double m = 0;
        for (int i = 0; i < values.length; i++) {
            if (r < 0 || i == r) {
                for (double v : values[i]) {
                    m = Math.max(m, v);
                }
            }
        }
        return m;
    }

    private static void check(List<String> rows, List<String> columns, double[][] values) {
        if (rows.isEmpty() || columns.isEmpty()) {
            throw new IllegalArgumentException("heat map: expected at least one row and one column");
        }
        if (values.length != rows.size()) {
            throw new IllegalArgumentException("heat map: " + values.length + " rows of values for " + rows.size() + " row names");
        }
        for (int r = 0; r < values.length; r++) {
            if (values[r].length != columns.size()) {
                throw new IllegalArgumentException("heat map: row " + rows.get(r) + " has " + values[r].length
                        + " values for " + columns.size() + " columns");
            }
            for (double v : values[r]) {
                if (!(v >= 0) || !Double.isFinite(v)) {
                    throw new IllegalArgumentException("heat map: invalid value " + v + " in row " + rows.get(r)
                            + " (expected a finite number >= 0)");
                }
            }
        }
    }
}
