package org.stancemap.report.svg;

import java.util.List;

/** Axes, grid lines and legends shared by the charts. Stateless. */
final class Axes {
    private Axes() {}

    /** A vertical value axis from 0 at {@code bottom} to {@code max} at {@code top}, with grid lines. */
    static void valueAxis(Svg svg, double left, double right, double top, double bottom, double max) {
        double step = niceStep(max);
        for (double v = 0; v <= max * (1 + 1e-9); v += step) {
            double y = bottom - v / max * (bottom - top);
            svg.line(left, y, right, y, v == 0 ? "#666" : "#e3e3e3", 1, null);
            svg.text(left - 5, y + 4, label(v, step), "end", 0, "#555");
        }
        svg.line(left, top, left, bottom, "#666", 1, null);
    }

    /** A horizontal value axis from {@code min} at {@code left} to {@code max} at {@code right}, with grid lines. */
    static void horizontalAxis(Svg svg, double left, double right, double top, double bottom, double min, double max) {
        double step = niceStep(max - min);
        double first = Math.ceil(min / step - 1e-9) * step;
        for (double v = first; v <= max * (1 + 1e-9) + 1e-12; v += step) {
            double x = left + (v - min) / (max - min) * (right - left);
            svg.line(x, top, x, bottom, "#e3e3e3", 1, null);
            svg.text(x, bottom + 14, label(v, step), "middle", 0, "#555");
        }
        svg.line(left, bottom, right, bottom, "#666", 1, null);
    }

    /** A one-line legend of coloured squares starting at {@code x} on baseline {@code y}. */
    static void legend(Svg svg, double x, double y, List<String> names) {
        double at = x;
        for (int i = 0; i < names.size(); i++) {
            svg.rect(at, y - 9, 10, 10, Palette.category(i), null);
            String name = Svg.shorten(names.get(i), 30);
            svg.text(at + 14, y, name, "start", 0, "#333");
            at += 14 + Svg.textWidth(name.length()) + 14;
        }
    }

    /** Width a {@link #legend} of these names needs. */
    static double legendWidth(List<String> names) {
        return names.stream().mapToDouble(n -> 28 + Svg.textWidth(Svg.shorten(n, 30).length())).sum();
    }

    /** A step of 1, 2 or 5 times a power of ten giving four to ten ticks up to {@code range}. */
    static double niceStep(double range) {
        if (!(range > 0) || !Double.isFinite(range)) {
            return 1;
        }
        double raw = range / 5;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / mag;
        return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * mag;
    }

    private static String label(double v, double step) {
        int digits = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
        return Svg.fmt(Math.abs(v) < step * 1e-6 ? 0 : v, digits);
    }
}
