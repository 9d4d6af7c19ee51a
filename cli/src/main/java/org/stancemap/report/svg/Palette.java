package org.stancemap.report.svg;

import java.util.Locale;

/**
 * Colours of the charts: the Okabe-Ito palette for categories (distinguishable with the common
 * colour-vision deficiencies) and a white-to-blue ramp for heat maps. Stateless.
 */
public final class Palette {
    private static final String[] CATEGORIES = {
        "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"};

    /** Grey for "other" or missing categories and for baselines. */
    public static final String GREY = "#999999";

    private Palette() {}

    /** The colour of category {@code i} (cycles after eight). */
    public static String category(int i) {
        return CATEGORIES[Math.floorMod(i, CATEGORIES.length)];
    }

    /** A heat-map fill for {@code t} in [0, 1] (clamped): white at 0, dark blue at 1. */
    public static String heat(double t) {
        double v = Double.isFinite(t) ? Math.max(0, Math.min(1, t)) : 0;
        int r = (int) Math.round(255 + v * (8 - 255));
        int g = (int) Math.round(255 + v * (48 - 255));
        int b = (int) Math.round(255 + v * (107 - 255));
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    /** Text colour readable on {@link #heat(double)} of {@code t}. */
    public static String onHeat(double t) {
        return t > 0.55 ? "#ffffff" : "#222222";
    }
}
