package org.stancemap.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationMetricsTest {

    private static final double EPS = 1e-12;
    private static final List<String> ABC = List.of("a", "b", "c");

    /** Hand-made 3-class case; record 6 is a tie between a and b (goes to a, the lower index). */
    static final double[][] P = {
        {0.72, 0.18, 0.10}, // gold a, predicted a, confidence .72
        {0.38, 0.52, 0.10}, // gold a, predicted b, .52
        {0.09, 0.81, 0.10}, // gold b, predicted b, .81
        {0.27, 0.30, 0.43}, // gold b, predicted c, .43
        {0.15, 0.20, 0.65}, // gold c, predicted c, .65
        {0.55, 0.25, 0.20}, // gold c, predicted a, .55
        {0.45, 0.45, 0.10}, // gold b, predicted a (tie), .45
    };
    static final int[] GOLD = {0, 0, 1, 1, 2, 2, 1};

    @Test
    void threeClassCaseMatchesHandComputation() {
        ClassificationMetrics m = ClassificationMetrics.of(ABC, GOLD, P);

        assertEquals(7, m.n());
        assertEquals(List.of(List.of(1, 1, 0), List.of(1, 1, 1), List.of(1, 0, 1)), m.confusion());
        assertEquals(3.0 / 7, m.accuracy(), EPS);
        // a: tp 1, fp 2, fn 1 -> P 1/3, R 1/2, F1 2/(2+2+1) = 0.4
        assertClass(m.classMetrics("a"), 1.0 / 3, 0.5, 0.4, 2);
        // b: tp 1, fp 1, fn 2 -> P 1/2, R 1/3, F1 2/5
        assertClass(m.classMetrics("b"), 0.5, 1.0 / 3, 0.4, 3);
        // c: tp 1, fp 1, fn 1 -> 1/2, 1/2, 1/2
        assertClass(m.classMetrics("c"), 0.5, 0.5, 0.5, 2);
        assertEquals((0.4 + 0.4 + 0.5) / 3, m.macroF1(), EPS);
        // -(ln .72 + ln .38 + ln .81 + ln .30 + ln .65 + ln .20 + ln .45) / 7, checked with numpy: 0.7927872076599509
        double logLoss = -(Math.log(.72) + Math.log(.38) + Math.log(.81) + Math.log(.30) + Math.log(.65)
                + Math.log(.20) + Math.log(.45)) / 7;
        assertEquals(0.7927872076599509, logLoss, 1e-15);
        assertEquals(logLoss, m.logLoss(), EPS);
        // per record sum of squared errors: .1208 .6648 .0542 .7478 .185 1.005 .515 -> 3.2926 / 7
        assertEquals(3.2926 / 7, m.brier(), EPS);
        // bins: 4 {.43 x, .45 x}, 5 {.52 x, .55 x}, 6 {.65 ok}, 7 {.72 ok}, 8 {.81 ok}
        // ECE = (2 * .44 + 2 * .535 + |1 - .65| + |1 - .72| + |1 - .81|) / 7 = 2.77 / 7
        assertEquals(2.77 / 7, m.ece(), EPS);
        ReliabilityBin b4 = m.reliability().get(4);
        assertEquals(0.4, b4.lower(), EPS);
        assertEquals(0.5, b4.upper(), EPS);
        assertEquals(2, b4.count());
        assertEquals(0.0, b4.accuracy(), EPS);
        assertEquals(0.44, b4.meanConfidence(), EPS);
        assertEquals(1.0, m.reliability().get(7).accuracy(), EPS);
        assertEquals(0, m.reliability().get(0).count());
        assertNull(m.reliability().get(0).accuracy());
        assertEquals(7, m.reliability().stream().mapToInt(ReliabilityBin::count).sum());
    }

    @Test
    void classWithoutSupportCountsAsZeroInMacroF1() {
        // d has no gold record and is never predicted; c is predicted once but has no gold record.
        List<String> labels = List.of("a", "b", "c", "d");
        double[][] p = {{.9, .05, .05, 0}, {.1, .8, .1, 0}, {.1, .2, .7, 0}};
        int[] gold = {0, 1, 1};
        ClassificationMetrics m = ClassificationMetrics.of(labels, gold, p);

        assertClass(m.classMetrics("a"), 1, 1, 1, 1);
        assertClass(m.classMetrics("b"), 1, 0.5, 2.0 / 3, 2);
        assertClass(m.classMetrics("c"), 0, 0, 0, 0);
        assertClass(m.classMetrics("d"), 0, 0, 0, 0);
        // sklearn f1_score(average="macro", labels=[0,1,2,3], zero_division=0): (1 + 2/3 + 0 + 0) / 4
        assertEquals((1 + 2.0 / 3) / 4, m.macroF1(), EPS);
    }

    @Test
    void zeroProbabilityOfGoldIsClippedInLogLoss() {
        ClassificationMetrics m = ClassificationMetrics.of(List.of("a", "b"), new int[] {1}, new double[][] {{1, 0}});
        assertEquals(-Math.log(1e-15), m.logLoss(), 1e-9);
        assertEquals(2.0, m.brier(), EPS);
        assertEquals(1.0, m.ece(), EPS);
    }

    @Test
    void confidenceOnABinEdgeFallsInTheUpperBinAndOneInTheLast() {
        assertEquals(7, ReliabilityBin.binOf(0.7));
        assertEquals(6, ReliabilityBin.binOf(Math.nextDown(0.7)));
        assertEquals(3, ReliabilityBin.binOf(0.3));
        assertEquals(9, ReliabilityBin.binOf(1.0));
        assertEquals(0, ReliabilityBin.binOf(0.0));
    }

    @Test
    void badInputIsRejectedWithIndexAndValue() {
        IllegalArgumentException sum = assertThrows(IllegalArgumentException.class,
                () -> ClassificationMetrics.of(ABC, new int[] {0, 1}, new double[][] {{1, 0, 0}, {.5, .4, 0}}));
        assertTrue(sum.getMessage().contains("probabilities[1] sums to 0.9"), sum.getMessage());
        IllegalArgumentException gold = assertThrows(IllegalArgumentException.class,
                () -> ClassificationMetrics.of(ABC, new int[] {3}, new double[][] {{1, 0, 0}}));
        assertTrue(gold.getMessage().contains("gold[0] = 3"), gold.getMessage());
        IllegalArgumentException width = assertThrows(IllegalArgumentException.class,
                () -> ClassificationMetrics.of(ABC, new int[] {0}, new double[][] {{1, 0}}));
        assertTrue(width.getMessage().contains("expected 3 columns"), width.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ClassificationMetrics.of(List.of("a", "a"), new int[] {0},
                new double[][] {{1, 0}}));
    }

    @Test
    void jsonRoundTripKeepsEveryFieldUnderStableNames() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ClassificationMetrics m = ClassificationMetrics.of(ABC, GOLD, P);
        String text = json.writeValueAsString(m);
        JsonNode tree = json.readTree(text);
        List<String> names = new java.util.ArrayList<>();
        tree.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("labels", "n", "accuracy", "macroF1", "perClass", "confusion", "logLoss", "brier", "ece",
                "reliability"), names);
        assertTrue(tree.get("reliability").get(0).get("accuracy").isNull());
        assertEquals(m, json.readValue(text, ClassificationMetrics.class));
    }

    private static void assertClass(ClassMetrics c, double precision, double recall, double f1, int support) {
        assertEquals(precision, c.precision(), EPS, c.label() + " precision");
        assertEquals(recall, c.recall(), EPS, c.label() + " recall");
        assertEquals(f1, c.f1(), EPS, c.label() + " f1");
        assertEquals(support, c.support(), c.label() + " support");
    }
}
