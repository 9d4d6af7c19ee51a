package org.stancemap.report.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.stancemap.eval.ReliabilityBin;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class ChartsTest {

    @Test
    void heatMapDrawsOneCellPerValueWithEscapedLabels() throws Exception {
        String svg = HeatMap.render("Confusion <gold & predicted>", List.of("a<b", "c"), List.of("x", "y", "z"),
                new double[][] {{1, 0, 2}, {0, 3, 0}}, "gold", "predicted", true, v -> Svg.fmt(v, 0));
        Document d = parse(svg);
        assertEquals("heatmap", d.getDocumentElement().getAttribute("data-chart"));
        assertEquals(6, d.getElementsByTagName("rect").getLength());
        assertTrue(svg.contains("a&lt;b") && svg.contains("&lt;gold &amp; predicted&gt;"), svg);
        assertTrue(svg.contains("gold c, predicted y: 3"), "cells carry a tooltip");
        assertEquals(Palette.heat(1), fillOf(svg, "gold c, predicted y: 3"), "the row's largest value is darkest");
        assertEquals(Palette.heat(0.5), fillOf(svg, "gold a&lt;b, predicted x: 1"));
    }

    @Test
    void stackedBarsSplitEachBarByShare() throws Exception {
        String svg = StackedBars.render("By year", List.of("2020", "2021"), List.of("p", "q"), new double[][] {{1, 3}, {0, 0}},
                "abstracts");
        Document d = parse(svg);
        // two background bars, two parts of the first bar, two legend squares; the empty year draws no part
        assertEquals(6, d.getElementsByTagName("rect").getLength());
        assertTrue(svg.contains("2020, q: 3 of 4 (75.0%)"), svg);
        assertTrue(svg.contains(">4 abstracts<") && svg.contains(">0 abstracts<"), svg);
        assertTrue(svg.contains("width=\"345\""), "3 of 4 of the 460-pixel bar");
    }

    @Test
    void barsLinesAndReliabilityAreWellFormed() throws Exception {
        parse(BarChart.render("P/R/F1", List.of("surveillance-critical", "policy-evaluative"), List.of("P", "R", "F1"),
                new double[][] {{0.5, 1, 0.66}, {1, 0.5, 0.66}}, null, 1));
        String withCi = BarChart.render("Models", List.of("m"), List.of("acc"), new double[][] {{0.5}},
                new double[][][] {{{0.4, 0.7}}}, 1);
        assertEquals(3, parse(withCi).getElementsByTagName("line").getLength() - gridLines(withCi));
        parse(LineChart.render("Curve", "records", new double[] {5, 9.5}, List.of(
                new LineChart.Series("F1", new double[] {0.4, 0.7}, new double[] {0.05, 0}))));
        List<ReliabilityBin> bins = new ArrayList<>();
        for (int b = 0; b < 10; b++) {
            bins.add(b == 7 ? new ReliabilityBin(0.7, 0.8, 4, 0.5, 0.75) : new ReliabilityBin(b / 10.0, (b + 1) / 10.0, 0, null, null));
        }
        String rel = ReliabilityDiagram.render("Reliability", bins, 0.125);
        parse(rel);
        assertTrue(rel.contains("ECE 0.125"));
        assertTrue(rel.contains("4 records, accuracy 0.500"), "only the filled bin draws a bar");
    }

    @Test
    void badShapesAreRefusedWithTheReason() {
        var e = assertThrows(IllegalArgumentException.class, () -> HeatMap.render("t", List.of("a"), List.of("x", "y"),
                new double[][] {{1}}, "r", "c", false, v -> ""));
        assertTrue(e.getMessage().contains("row a has 1 values for 2 columns"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> StackedBars.render("t", List.of("a"), List.of("x"),
                new double[][] {{Double.NaN}}, "n"));
        assertTrue(e.getMessage().contains("invalid count NaN in row a"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> BarChart.render("t", List.of("a"), List.of("x"),
                new double[][] {{-1}}, null, 1));
        assertTrue(e.getMessage().contains("invalid value -1.0 for a"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Svg("k", "t", 0, 10));
        assertTrue(e.getMessage().contains("Invalid chart size: 0 x 10"), e.getMessage());
    }

    @Test
    void numbersAreWrittenTheSameInEveryLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertEquals("0.5", Svg.num(0.5));
            assertEquals("12", Svg.num(12.0));
            assertEquals("0", Svg.num(-0.0001));
            assertEquals("0.333", Svg.fmt(1 / 3.0, 3));
        } finally {
            java.util.Locale.setDefault(saved);
        }
        assertEquals("abcd\u2026", Svg.shorten("abcdefgh", 5));
        assertEquals("abc", Svg.shorten("abc", 5));
    }

    private static int gridLines(String svg) {
        return (int) java.util.regex.Pattern.compile("<line [^>]*stroke=\"(#e3e3e3|#666)\"").matcher(svg).results().count();
    }

    private static String fillOf(String svg, String tooltip) {
        int t = svg.indexOf("<title>" + tooltip + "</title>");
        int rect = svg.lastIndexOf("<rect", t);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("fill=\"([^\"]+)\"").matcher(svg.substring(rect, t));
        assertTrue(m.find(), "no fill before " + tooltip);
        return m.group(1);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }
}
