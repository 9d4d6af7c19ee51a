package org.stancemap.stance.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SplitConformalTest {

    @Test
    void minimumCalibrationSizeFollowsTheRankCondition() {
        // ceil((n + 1)(1 - alpha)) <= n  <=>  n >= (1 - alpha) / alpha
        assertEquals(9, SplitConformal.minimumCalibrationSize(0.9));
        assertEquals(19, SplitConformal.minimumCalibrationSize(0.95));
        assertEquals(4, SplitConformal.minimumCalibrationSize(0.8));
        assertEquals(1, SplitConformal.minimumCalibrationSize(0.5));
        assertEquals(99, SplitConformal.minimumCalibrationSize(0.99));
    }

    @Test
    void tooSmallCalibrationSaysSoAndPredictsFullSets() {
        double[] scores = {0.1, 0.2, 0.3, 0.15, 0.05, 0.4, 0.25, 0.35};
        ConformalCalibration c = SplitConformal.calibrate(scores, 0.9);
        assertFalse(c.sufficient());
        assertEquals(8, c.n());
        assertEquals(9, c.minimumN());
        assertEquals(8.0 / 9, c.achievableCoverage(), 1e-12);
        assertArrayEquals(new int[] {0, 1, 2, 3}, c.predictSet(new double[] {0.97, 0.01, 0.01, 0.01}));
    }

    @Test
    void qhatIsTheRankedScore() {
        double[] scores = {0.9, 0.1, 0.8, 0.2, 0.7, 0.3, 0.6, 0.4, 0.5};
        // n = 9, 90%: rank ceil(10 * 0.9) = 9 -> the largest score
        ConformalCalibration ninety = SplitConformal.calibrate(scores, 0.9);
        assertTrue(ninety.sufficient());
        assertEquals(0.9, ninety.qhat(), 0);
        // 80%: rank ceil(10 * 0.8) = 8 -> 0.8
        assertEquals(0.8, SplitConformal.calibrate(scores, 0.8).qhat(), 0);
        // 50%: rank 5 -> 0.5
        ConformalCalibration half = SplitConformal.calibrate(scores, 0.5);
        assertEquals(0.5, half.qhat(), 0);
        // set = {k : 1 - p_k <= 0.5} = {k : p_k >= 0.5}
        assertArrayEquals(new int[] {1}, half.predictSet(new double[] {0.3, 0.6, 0.1}));
        assertArrayEquals(new int[] {0, 1}, half.predictSet(new double[] {0.5, 0.5, 0.0}));
    }

    @Test
    void setIsNeverEmpty() {
        ConformalCalibration c = SplitConformal.calibrate(new double[] {0.1, 0.1, 0.1, 0.1, 0.1}, 0.5);
        assertArrayEquals(new int[] {2}, c.predictSet(new double[] {0.3, 0.3, 0.4}));
    }

    @Test
    void calibratedModelReachesTheStatedCoverage() {
        Synthetic calibration = Synthetic.draw(500, 4, 1.5, 10);
        Synthetic test = Synthetic.draw(4000, 4, 1.5, 11);
        for (double coverage : new double[] {0.8, 0.9}) {
            ConformalCalibration c = SplitConformal.calibrate(calibration.probabilities(1), calibration.gold, coverage);
            List<int[]> sets = c.predictSets(test.probabilities(1));
            double empirical = SplitConformal.empiricalCoverage(sets, test.gold);
            // coverage given a calibration set ~ Beta(rank, n + 1 - rank): sd ~ sqrt(a(1-a)/(n+2));
            // the test estimate adds sqrt(a(1-a)/m); allow 3 sd of each
            double a = 1 - coverage;
            double tolerance = 3 * Math.sqrt(a * (1 - a) / 502) + 3 * Math.sqrt(a * (1 - a) / 4000);
            assertEquals(coverage, empirical, tolerance, "coverage at " + coverage);
            double size = SplitConformal.meanSetSize(sets);
            assertTrue(size > 1 && size < 4, "mean set size " + size);
        }
    }

    @Test
    void overConfidentModelStillCoversBecauseSetsGrow() {
        Synthetic calibration = Synthetic.draw(500, 4, 1.5, 12);
        Synthetic test = Synthetic.draw(4000, 4, 1.5, 13);
        ConformalCalibration c = SplitConformal.calibrate(calibration.probabilities(4), calibration.gold, 0.9);
        double empirical = SplitConformal.empiricalCoverage(c.predictSets(test.probabilities(4)), test.gold);
        assertEquals(0.9, empirical, 3 * Math.sqrt(0.09 / 502) + 3 * Math.sqrt(0.09 / 4000));
    }

    @Test
    void helpersCountByHand() {
        List<int[]> sets = List.of(new int[] {0}, new int[] {1, 2}, new int[] {0, 1, 2}, new int[] {2});
        assertEquals(0.75, SplitConformal.empiricalCoverage(sets, new int[] {0, 2, 1, 0}), 1e-12);
        assertEquals(7.0 / 4, SplitConformal.meanSetSize(sets), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> SplitConformal.empiricalCoverage(sets, new int[] {0}));
    }

    @Test
    void jsonRoundTripAndValidation() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ConformalCalibration c = SplitConformal.calibrate(new double[] {0.2, 0.4, 0.1, 0.3}, 0.75);
        String text = json.writeValueAsString(c);
        assertEquals("{\"coverage\":0.75,\"qhat\":0.4,\"n\":4,\"sufficient\":true,\"minimumN\":3,\"achievableCoverage\":0.8}", text);
        assertEquals(c, json.readValue(text, ConformalCalibration.class));
        assertThrows(IllegalArgumentException.class, () -> SplitConformal.calibrate(new double[] {0.1}, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new ConformalCalibration(0.9, 0.5, 5, true, 9, 5 / 6.0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SplitConformal.calibrate(new double[][] {{0.5, 0.5}, {1.2, -0.2}}, new int[] {0, 1}, 0.9));
        assertTrue(e.getMessage().startsWith("probabilities[1][0] = 1.2"), e.getMessage());
        assertTrue(Arrays.equals(new int[] {0, 1}, c.predictSet(new double[] {0.6, 0.6})));
    }
}
