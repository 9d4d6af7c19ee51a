package org.stancemap.report.svg;

import java.util.List;
import org.stancemap.eval.ReliabilityBin;

/**
 * A reliability diagram: for each confidence bin, a bar of the accuracy of its records against the
 * diagonal of perfect calibration, a dot at the bin's mean confidence, and the bin's record count
 * (written at the top of its bar).
 * Bars above the diagonal mean under-confidence, below it over-confidence. Empty bins draw nothing.
 * Stateless.
 */
public final class ReliabilityDiagram {
    private static final int LEFT = 46;
    private static final int TOP = 30;
    private static final int SIZE = 240;

    private ReliabilityDiagram() {}

    /**
     * The chart.
     *
     * @param title chart title
     * @param bins  equal-width confidence bins covering [0, 1], in order (see {@link ReliabilityBin})
     * @param ece   expected calibration error, written in the title line
     * @throws IllegalArgumentException when there are no bins
     */
    public static String render(String title, List<ReliabilityBin> bins, double ece) {
        if (bins.isEmpty()) {
            throw new IllegalArgumentException("reliability diagram: expected at least one bin");
        }
        String heading = title + " \u2014 ECE " + Svg.fmt(ece, 3);
        int width = (int) Math.max(LEFT + SIZE + 24, Svg.textWidth(heading.length()) + 12);
        int height = TOP + SIZE + 58;
        Svg svg = new Svg("reliability", title + " (ECE " + Svg.fmt(ece, 3) + ")", width, height);
        svg.text(6, 16, heading, "start", 0, "#222");
        double bottom = TOP + SIZE;
        Axes.valueAxis(svg, LEFT, LEFT + SIZE, TOP, bottom, 1.0);
        Axes.horizontalAxis(svg, LEFT, LEFT + SIZE, TOP, bottom, 0, 1);
        svg.line(LEFT, bottom, LEFT + SIZE, TOP, "#888", 1, "4 3");
        for (ReliabilityBin b : bins) {
            double x = LEFT + b.lower() * SIZE;
            double w = (b.upper() - b.lower()) * SIZE;
            if (b.count() == 0) {
                continue;
            }
            double h = b.accuracy() * SIZE;
            svg.rect(x + 1, bottom - h, w - 2, h, Palette.category(0), "confidence " + Svg.fmt(b.lower(), 1) + "\u2013"
                    + Svg.fmt(b.upper(), 1) + ": " + b.count() + " records, accuracy " + Svg.fmt(b.accuracy(), 3)
                    + ", mean confidence " + Svg.fmt(b.meanConfidence(), 3));
            svg.circle(LEFT + b.meanConfidence() * SIZE, bottom - b.meanConfidence() * SIZE, 3, Palette.category(1), null);
            boolean inside = h > 18;
            svg.text(x + w / 2, inside ? bottom - h + 13 : bottom - h - 4, Integer.toString(b.count()), "middle", 0,
                    inside ? "#fff" : "#555");
        }
        svg.text(LEFT + SIZE / 2.0, bottom + 30, "confidence (largest probability)", "middle", 0, "#555");
        svg.text(12, TOP + SIZE / 2.0, "accuracy", "middle", -90, "#555");
        Axes.legend(svg, LEFT, height - 6, List.of("accuracy of the bin", "mean confidence"));
        return svg.close();
    }
}
