package org.stancemap.report.svg;

import java.util.List;

/**
 * Lines over a numeric x axis with an optional band of one standard deviation around each, e.g. a
 * learning curve: macro-F1 and accuracy by training-set size. The y axis runs from 0 to 1. Stateless.
 */
public final class LineChart {
    private static final int LEFT = 46;
    private static final int TOP = 30;
    private static final int PLOT_W = 420;
    private static final int PLOT_H = 220;

    /**
     * One line.
     *
     * @param name legend name
     * @param y    values in [0, 1], one per x
     * @param sd   standard deviation per x (at least 0), or null for no band
     */
    public record Series(String name, double[] y, double[] sd) {}

    private LineChart() {}

    /**
     * The chart.
     *
     * @param title  chart title
     * @param xLabel what x is, e.g. {@code training records per fold}
     * @param x      x values, at least one, finite
     * @param series the lines, at least one, each with one value per x
     * @throws IllegalArgumentException when the shapes do not agree or a value is not finite
     */
    public static String render(String title, String xLabel, double[] x, List<Series> series) {
        check(x, series);
        double min = x[0];
        double max = x[0];
        for (double v : x) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (max == min) {
            min -= 1;
            max += 1;
        }
        double lo = min;
        double hi = max;
        int width = (int) Math.max(LEFT + PLOT_W + 20, Svg.textWidth(title.length()) + 12);
        int height = TOP + PLOT_H + 58;
        Svg svg = new Svg("line", title, width, height);
        svg.text(6, 16, title, "start", 0, "#222");
        double bottom = TOP + PLOT_H;
        Axes.valueAxis(svg, LEFT, LEFT + PLOT_W, TOP, bottom, 1.0);
        Axes.horizontalAxis(svg, LEFT, LEFT + PLOT_W, TOP, bottom, lo, hi);
        svg.text(LEFT + PLOT_W / 2.0, bottom + 30, xLabel, "middle", 0, "#555");
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            String colour = Palette.category(s);
            if (line.sd() != null) {
                double[] band = new double[4 * x.length];
                for (int i = 0; i < x.length; i++) {
                    band[2 * i] = px(x[i], lo, hi);
                    band[2 * i + 1] = py(line.y()[i] + line.sd()[i]);
                    int j = 2 * x.length - 1 - i;
                    band[2 * j] = px(x[i], lo, hi);
                    band[2 * j + 1] = py(line.y()[i] - line.sd()[i]);
                }
                svg.polygon(band, colour, 0.15);
            }
            double[] pts = new double[2 * x.length];
            for (int i = 0; i < x.length; i++) {
                pts[2 * i] = px(x[i], lo, hi);
                pts[2 * i + 1] = py(line.y()[i]);
            }
            svg.polyline(pts, colour, 2);
            for (int i = 0; i < x.length; i++) {
                svg.circle(pts[2 * i], pts[2 * i + 1], 3.5, colour, line.name() + " at " + Svg.fmt(x[i], 1) + ": "
                        + Svg.fmt(line.y()[i], 3) + (line.sd() == null ? "" : " \u00b1 " + Svg.fmt(line.sd()[i], 3)));
            }
        }
        Axes.legend(svg, LEFT, height - 8, series.stream().map(Series::name).toList());
        return svg.close();
    }

    private static double px(double x, double lo, double hi) {
        return LEFT + (x - lo) / (hi - lo) * PLOT_W;
    }

    private static double py(double y) {
        return TOP + PLOT_H - Math.max(0, Math.min(1, y)) * PLOT_H;
    }

    private static void check(double[] x, List<Series> series) {
        if (x.length == 0 || series.isEmpty()) {
            throw new IllegalArgumentException("line chart: expected at least one x value and one series");
        }
        for (double v : x) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("line chart: invalid x value " + v + " (expected a finite number)");
            }
        }
        for (Series s : series) {
            if (s.y().length != x.length || (s.sd() != null && s.sd().length != x.length)) {
                throw new IllegalArgumentException("line chart: series " + s.name() + " has " + s.y().length
                        + " values for " + x.length + " x values");
            }
            for (int i = 0; i < x.length; i++) {
                if (!Double.isFinite(s.y()[i]) || (s.sd() != null && !(s.sd()[i] >= 0))) {
                    throw new IllegalArgumentException("line chart: series " + s.name() + " has an invalid value at x = "
                            + x[i] + " (expected finite values and sd >= 0)");
                }
            }
        }
    }
}
