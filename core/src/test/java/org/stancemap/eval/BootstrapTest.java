package org.stancemap.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    private static final List<String> ABC = List.of("a", "b", "c");

    /** Synthetic predictions: works of 1-2 records; the model puts 0.6 on the gold class 70% of the time. */
    private record Sample(int[] gold, double[][] p, String[] groups) {
        static Sample of(int works, long seed) {
            Random r = new Random(seed);
            List<Integer> gold = new java.util.ArrayList<>();
            List<double[]> p = new java.util.ArrayList<>();
            List<String> groups = new java.util.ArrayList<>();
            for (int w = 0; w < works; w++) {
                int size = 1 + r.nextInt(2);
                for (int j = 0; j < size; j++) {
                    int g = r.nextInt(3);
                    int top = r.nextDouble() < 0.7 ? g : (g + 1 + r.nextInt(2)) % 3;
                    double[] row = {0.2, 0.2, 0.2};
                    row[top] = 0.6;
                    gold.add(g);
                    p.add(row);
                    groups.add("w" + w);
                }
            }
            return new Sample(gold.stream().mapToInt(Integer::intValue).toArray(), p.toArray(double[][]::new),
                    groups.toArray(String[]::new));
        }
    }

    @Test
    void intervalContainsTheEstimateAndNarrowsWithMoreWorks() {
        Bootstrap bootstrap = new Bootstrap(new Bootstrap.Options(500, 0.95, 1));
        Sample small = Sample.of(40, 1);
        Sample large = Sample.of(400, 2);
        Bootstrap.Interval s = bootstrap.interval(ABC, small.gold, small.p, small.groups, ClassificationMetrics::macroF1);
        Bootstrap.Interval l = bootstrap.interval(ABC, large.gold, large.p, large.groups, ClassificationMetrics::macroF1);
        for (Bootstrap.Interval i : List.of(s, l)) {
            assertTrue(i.lower() <= i.estimate() && i.estimate() <= i.upper(), i.toString());
            assertTrue(i.lower() < i.upper(), i.toString());
        }
        assertEquals(40, s.groups());
        assertEquals(ClassificationMetrics.of(ABC, small.gold, small.p).macroF1(), s.estimate(), 0);
        // width shrinks about as 1 / sqrt(works): sqrt(10) ~ 3.2 expected, ask for less than 0.6x
        assertTrue(l.upper() - l.lower() < 0.6 * (s.upper() - s.lower()), s + " vs " + l);
        // the estimate is near 0.7 and the large interval should cover it
        assertTrue(l.lower() < 0.7 && 0.7 < l.upper(), l.toString());
    }

    @Test
    void sameSeedSameInterval() {
        Sample x = Sample.of(30, 5);
        Bootstrap b = new Bootstrap(new Bootstrap.Options(200, 0.9, 3));
        assertEquals(b.interval(ABC, x.gold, x.p, x.groups, ClassificationMetrics::accuracy),
                b.interval(ABC, x.gold, x.p, x.groups, ClassificationMetrics::accuracy));
    }

    @Test
    void resamplingKeepsGroupMembersTogether() {
        String[] groups = {"w0", "w1", "w0", "w2", "w1", "w0", "w3"};
        int[][] members = Bootstrap.members(groups);
        assertEquals(4, members.length);
        Random random = new Random(9);
        for (int r = 0; r < 200; r++) {
            int[] sample = Bootstrap.resample(members, random);
            Map<Integer, Integer> times = new HashMap<>();
            for (int i : sample) {
                times.merge(i, 1, Integer::sum);
            }
            int drawnGroups = 0;
            for (int[] group : members) {
                int t = times.getOrDefault(group[0], 0);
                for (int i : group) {
                    assertEquals(t, times.getOrDefault(i, 0), "members of one group drawn unequally");
                }
                drawnGroups += t;
            }
            assertEquals(members.length, drawnGroups, "a replicate draws as many groups as there are");
        }
    }

    @Test
    void quantileInterpolatesLikeNumpy() {
        double[] sorted = {1, 2, 3, 4};
        assertEquals(1.75, Bootstrap.quantile(sorted, 0.25), 1e-12); // np.quantile([1,2,3,4], .25)
        assertEquals(4.0, Bootstrap.quantile(sorted, 1.0), 1e-12);
        assertEquals(1.0, Bootstrap.quantile(sorted, 0.0), 1e-12);
    }

    @Test
    void invalidOptionsAndGroupsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Bootstrap.Options(5, 0.95, 1));
        assertThrows(IllegalArgumentException.class, () -> new Bootstrap.Options(100, 1.0, 1));
        assertEquals(1000, new Bootstrap.Options().replicates());
        Bootstrap b = new Bootstrap(new Bootstrap.Options());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.interval(ABC,
                new int[] {0, 1}, new double[][] {{1, 0, 0}, {0, 1, 0}}, new String[] {"w"}, ClassificationMetrics::accuracy));
        assertTrue(e.getMessage().contains("expected 2 group keys"), e.getMessage());
    }
}
