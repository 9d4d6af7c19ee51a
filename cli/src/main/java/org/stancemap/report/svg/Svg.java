package org.stancemap.report.svg;

import java.util.Locale;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Writes one inline SVG chart for an HTML page: fixed pixel size, a {@code <title>} for screen
 * readers, and the class {@code chart} with a {@code data-chart} kind, by which the page's script and
 * the browser test find every chart. Every text is escaped ({@link #esc(String)}). Coordinates are written with two
 * decimals in the root locale, so that output does not depend on the machine. Not thread-safe;
 * one instance per chart.
 */
public final class Svg {
    /** Font size of axis and tick labels, in pixels; label widths are estimated from it. */
    public static final int FONT = 11;

    private final StringBuilder sb = new StringBuilder();
    private boolean closed;

    /**
     * Opens a chart.
     *
     * @param kind   short chart kind for {@code data-chart}, e.g. {@code heatmap}
     * @param title  accessible title, shown as a tooltip
     * @param width  width in pixels, at least 1
     * @param height height in pixels, at least 1
     */
    public Svg(String kind, String title, int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("Invalid chart size: " + width + " x " + height + " (expected >= 1 x 1)");
        }
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" data-chart=\"").append(esc(kind))
                .append("\" role=\"img\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" font-size=\"")
                .append(FONT).append("\"><title>").append(esc(title)).append("</title>");
    }

    /** A rectangle; {@code tooltip} (may be null) becomes its {@code <title>}. */
    public Svg rect(double x, double y, double w, double h, String fill, String tooltip) {
        sb.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(Math.max(0, w))).append("\" height=\"").append(num(Math.max(0, h))).append("\" fill=\"")
                .append(esc(fill)).append('"');
        return tooltip(tooltip, "rect");
    }

    /** A straight line; {@code dash} is an SVG dash array or null for a solid line. */
    public Svg line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth, String dash) {
        sb.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
                .append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(esc(stroke))
                .append("\" stroke-width=\"").append(num(strokeWidth)).append('"');
        if (dash != null) {
            sb.append(" stroke-dasharray=\"").append(esc(dash)).append('"');
        }
        sb.append("/>");
        return this;
    }

    /** A circle with a tooltip (may be null). */
    public Svg circle(double cx, double cy, double r, String fill, String tooltip) {
        sb.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(r))
                .append("\" fill=\"").append(esc(fill)).append('"');
        return tooltip(tooltip, "circle");
    }

    /** An open polyline through {@code xy} pairs {@code x0, y0, x1, y1, ...}. */
    public Svg polyline(double[] xy, String stroke, double strokeWidth) {
        sb.append("<polyline fill=\"none\" stroke=\"").append(esc(stroke)).append("\" stroke-width=\"")
                .append(num(strokeWidth)).append("\" points=\"").append(points(xy)).append("\"/>");
        return this;
    }

    /** A filled polygon through {@code xy} pairs, e.g. a standard-deviation band. */
    public Svg polygon(double[] xy, String fill, double opacity) {
        sb.append("<polygon fill=\"").append(esc(fill)).append("\" fill-opacity=\"").append(num(opacity))
                .append("\" points=\"").append(points(xy)).append("\"/>");
        return this;
    }

    /**
     * A text; {@code anchor} is {@code start}, {@code middle} or {@code end}; {@code rotate} turns it
     * about its anchor point, in degrees (0 for none).
     */
    public Svg text(double x, double y, String text, String anchor, double rotate, String fill) {
        sb.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
                .append(esc(anchor)).append("\" fill=\"").append(esc(fill)).append('"');
        if (rotate != 0) {
            sb.append(" transform=\"rotate(").append(num(rotate)).append(' ').append(num(x)).append(' ')
                    .append(num(y)).append(")\"");
        }
        sb.append('>').append(esc(text)).append("</text>");
        return this;
    }

    /** A text cut to {@code maxChars} with an ellipsis; the whole text is its tooltip when cut. */
    public Svg label(double x, double y, String text, String anchor, int maxChars) {
        return label(x, y, text, anchor, maxChars, 0);
    }

    /** As {@link #label(double, double, String, String, int)}, turned by {@code rotate} degrees about its anchor. */
    public Svg label(double x, double y, String text, String anchor, int maxChars, double rotate) {
        String shown = shorten(text, maxChars);
        sb.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
                .append(esc(anchor)).append("\" fill=\"#333\"");
        if (rotate != 0) {
            sb.append(" transform=\"rotate(").append(num(rotate)).append(' ').append(num(x)).append(' ')
                    .append(num(y)).append(")\"");
        }
        sb.append('>');
        if (!shown.equals(text)) {
            sb.append("<title>").append(esc(text)).append("</title>");
        }
        sb.append(esc(shown)).append("</text>");
        return this;
    }

    /** Closes the chart and returns its markup. */
    public String close() {
        if (!closed) {
            sb.append("</svg>");
            closed = true;
        }
        return sb.toString();
    }

    private Svg tooltip(String tooltip, String element) {
        if (tooltip == null) {
            sb.append("/>");
        } else {
            sb.append("><title>").append(esc(tooltip)).append("</title></").append(element).append('>');
        }
        return this;
    }

    private static String points(double[] xy) {
        if (xy.length % 2 != 0) {
            throw new IllegalArgumentException("Invalid point list: " + xy.length + " coordinates (expected x, y pairs)");
        }
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            p.append(i == 0 ? "" : " ").append(num(xy[i])).append(',').append(num(xy[i + 1]));
        }
        return p.toString();
    }

    /** {@code text} cut to {@code maxChars} characters, the last an ellipsis, when longer. */
    public static String shorten(String text, int maxChars) {
        String t = text == null ? "" : text;
        return t.codePointCount(0, t.length()) <= maxChars ? t
                : t.substring(0, t.offsetByCodePoints(0, Math.max(1, maxChars - 1))) + "\u2026";
    }

    /** Estimated pixel width of {@code chars} characters at {@link #FONT}. */
    public static double textWidth(int chars) {
        return chars * FONT * 0.6;
    }

    /**
     * XML escape of a text (null as empty): only the five XML entities, which HTML reads alike, so a
     * chart is also a well-formed standalone SVG file (HTML's named entities such as {@code &rarr;}
     * are not XML).
     */
    public static String esc(String s) {
        return s == null ? "" : StringEscapeUtils.escapeXml10(s);
    }

    /** A coordinate with at most two decimals, root locale. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("Invalid coordinate: " + v + " (expected a finite number)");
        }
        String s = String.format(Locale.ROOT, "%.2f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }

    /** A value for a label: {@code digits} decimals, root locale. */
    public static String fmt(double v, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }
}
