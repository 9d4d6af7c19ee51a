package org.stancemap.report.svg;

import java.util.List;

/**
 * Vertical grouped bars on a linear value axis from 0: one group per category, one bar per series,
 * with an optional interval (whisker) on each bar, e.g. per-class precision, recall and F1, or the
 * accuracy and macro-F1 of several models with their bootstrap intervals. Stateless.
 */
public final class BarChart {
    private static final int TOP = 30;
    private static final int AXIS_LEFT = 44;
    private static final int PLOT_HEIGHT = 200;
    private static final int BAR = 16;
    private static final int GAP = 18;

    private BarChart() {}

    /**
     * The chart.
     *
     * @param title      chart title (drawn above the plot)
     * @param categories group names, at least one
     * @param series     bar names within a group (legend), at least one
     * @param values     {@code values[category][series]}, finite, at least 0
     * @param intervals  {@code intervals[category][series] = {lower, upper}}, or null for none; a null
     *                   entry draws no whisker
     * @param max        top of the value axis, greater than 0 (values above it are cut)
     * @throws IllegalArgumentException when the shapes do not agree or a value is out of range
     */
    public static String render(String title, List<String> categories, List<String> series, double[][] values,
                                double[][][] intervals, double max) {
        check(categories, series, values, intervals, max);
        int group = series.size() * BAR;
        int maxLabel = categories.stream().mapToInt(String::length).max().orElse(1);
        boolean slanted = Svg.textWidth(Math.min(maxLabel, 28)) > group + GAP;
        int labelSpace = slanted ? (int) (Svg.textWidth(Math.min(maxLabel, 28)) * 0.72) + 14 : 22;
        // a slanted label reaches left of its group by its width times cos 35 degrees
        int left = slanted ? Math.max(AXIS_LEFT, (int) (Svg.textWidth(Math.min(maxLabel, 28)) * 0.82) - GAP - group / 2 + 6)
                : AXIS_LEFT;
        int width = (int) Math.max(Math.max(260, Svg.textWidth(title.length()) + 12),
                left + categories.size() * (group + GAP) + GAP + 10);
        int height = TOP + PLOT_HEIGHT + labelSpace + 24;
        Svg svg = new Svg("bars", title, width, height);
        svg.text(6, 16, title, "start", 0, "#222");
        double bottom = TOP + PLOT_HEIGHT;
        Axes.valueAxis(svg, left, width - 10, TOP, bottom, max);
        for (int c = 0; c < categories.size(); c++) {
            double x0 = left + GAP + c * (group + GAP);
            for (int s = 0; s < series.size(); s++) {
                double v = Math.min(values[c][s], max);
                double h = v / max * PLOT_HEIGHT;
                String tip = categories.get(c) + ", " + series.get(s) + ": " + Svg.fmt(values[c][s], 3);
                double[] iv = intervals == null ? null : intervals[c][s];
                if (iv != null) {
                    tip += " [" + Svg.fmt(iv[0], 3) + ", " + Svg.fmt(iv[1], 3) + "]";
                }
                double x = x0 + s * BAR;
                svg.rect(x + 1, bottom - h, BAR - 2, h, Palette.category(s), tip);
                if (iv != null) {
                    double lo = bottom - Math.min(iv[0], max) / max * PLOT_HEIGHT;
                    double hi = bottom - Math.min(iv[1], max) / max * PLOT_HEIGHT;
                    double mid = x + BAR / 2.0;
                    svg.line(mid, lo, mid, hi, "#222", 1.2, null)
                            .line(mid - 4, lo, mid + 4, lo, "#222", 1.2, null)
                            .line(mid - 4, hi, mid + 4, hi, "#222", 1.2, null);
                }
            }
            double mid = x0 + group / 2.0;
            if (slanted) {
                svg.label(mid + 4, bottom + 12, categories.get(c), "end", 28, -35);
            } else {
                svg.label(mid, bottom + 15, categories.get(c), "middle", 28);
            }
        }
        Axes.legend(svg, left, height - 8, series);
        return svg.close();
    }

    private static void check(List<String> categories, List<String> series, double[][] values, double[][][] intervals,
                              double max) {
        if (categories.isEmpty() || series.isEmpty()) {
            throw new IllegalArgumentException("bar chart: expected at least one category and one series");
        }
        if (!(max > 0) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("bar chart: invalid axis maximum " + max + " (expected > 0)");
        }
        if (values.length != categories.size() || (intervals != null && intervals.length != categories.size())) {
            throw new IllegalArgumentException("bar chart: expected " + categories.size() + " rows of values, one per category");
        }
        for (int c = 0; c < values.length; c++) {
            if (values[c].length != series.size()) {
                throw new IllegalArgumentException("bar chart: category " + categories.get(c) + " has "
                        + values[c].length + " values for " + series.size() + " series");
            }
            for (double v : values[c]) {
                if (!(v >= 0) || !Double.isFinite(v)) {
                    throw new IllegalArgumentException("bar chart: invalid value " + v + " for " + categories.get(c)
                            + " (expected a finite number >= 0)");
                }
            }
        }
    }
}
