package org.stancemap.report.svg;

import java.util.List;

/**
 * Horizontal bars of equal length, each split into the shares of its parts: the stance mix of the
 * whole corpus, of each publication year or of each venue. Every bar is labelled with its total on
 * the right, so that a bar of 2 records is not read like one of 200. Stateless.
 */
public final class StackedBars {
    private static final int BAR_H = 20;
    private static final int ROW_H = 26;
    private static final int PLOT_W = 460;
    private static final int MAX_LABEL = 36;

    private StackedBars() {}

    /**
     * The chart.
     *
     * @param title  chart title
     * @param rows   bar names, at least one
     * @param parts  part names (legend), at least one
     * @param counts {@code counts[row][part]}: counts or weights, finite, at least 0; a row summing to
     *               0 draws an empty bar
     * @param unit   what the row totals count, in the plural, e.g. {@code records} (a total of exactly 1
     *               drops a final {@code s})
     * @throws IllegalArgumentException when the shapes do not agree or a value is out of range
     */
    public static String render(String title, List<String> rows, List<String> parts, double[][] counts, String unit) {
        check(rows, parts, counts);
        int labelChars = Math.min(MAX_LABEL, rows.stream().mapToInt(String::length).max().orElse(1));
        double left = Svg.textWidth(labelChars) + 14;
        double top = 46;
        int width = (int) Math.ceil(Math.max(left + PLOT_W + 90, Axes.legendWidth(parts) + 12));
        int height = (int) Math.ceil(top + rows.size() * ROW_H + 24);
        Svg svg = new Svg("stacked-bars", title, width, height);
        svg.text(6, 16, title, "start", 0, "#222");
        Axes.legend(svg, 6, 36, parts);
        for (int r = 0; r < rows.size(); r++) {
            double y = top + r * ROW_H;
            double total = 0;
            for (double v : counts[r]) {
                total += v;
            }
            svg.label(left - 8, y + BAR_H / 2.0 + 4, rows.get(r), "end", MAX_LABEL);
            svg.rect(left, y, PLOT_W, BAR_H, "#f2f2f2", null);
            double x = left;
            for (int p = 0; p < parts.size() && total > 0; p++) {
                double w = counts[r][p] / total * PLOT_W;
                if (w > 0) {
                    svg.rect(x, y, w, BAR_H, Palette.category(p), rows.get(r) + ", " + parts.get(p) + ": "
                            + Svg.fmt(counts[r][p], integral(counts[r][p]) ? 0 : 2) + " of "
                            + Svg.fmt(total, integral(total) ? 0 : 2) + " (" + Svg.fmt(100 * counts[r][p] / total, 1) + "%)");
                    if (w > 34) {
                        svg.text(x + w / 2, y + BAR_H / 2.0 + 4, Svg.fmt(100 * counts[r][p] / total, 0) + "%", "middle", 0,
                                p == 6 ? "#222" : "#fff");
                    }
                }
                x += w;
            }
            String units = total == 1 && unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
            svg.text(left + PLOT_W + 6, y + BAR_H / 2.0 + 4, Svg.fmt(total, integral(total) ? 0 : 1) + " " + units,
                    "start", 0, "#555");
        }
        return svg.close();
    }

    private static boolean integral(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-9;
    }

    private static void check(List<String> rows, List<String> parts, double[][] counts) {
        if (rows.isEmpty() || parts.isEmpty()) {
            throw new IllegalArgumentException("stacked bars: expected at least one row and one part");
        }
        if (counts.length != rows.size()) {
            throw new IllegalArgumentException("stacked bars: " + counts.length + " rows of counts for " + rows.size() + " row names");
        }
        for (int r = 0; r < counts.length; r++) {
            if (counts[r].length != parts.size()) {
                throw new IllegalArgumentException("stacked bars: row " + rows.get(r) + " has " + counts[r].length
                        + " counts for " + parts.size() + " parts");
            }
            for (double v : counts[r]) {
                if (!(v >= 0) || !Double.isFinite(v)) {
                    throw new IllegalArgumentException("stacked bars: invalid count " + v + " in row " + rows.get(r)
                            + " (expected a finite number >= 0)");
                }
            }
        }
    }
}
