package org.stancemap.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cold-start picks on synthetic embeddings with known clusters: two tight clusters per predicted stance. */
class TypicalPicksTest {
    static final int DIM = 12;

    /** Records of cluster c lie near direction c; {@code cluster[i]} says which. */
    record Pool(float[][] vectors, int[] predicted, int[] cluster) {}

    static Pool pool(int clusters, int perCluster, long seed) {
        Random rnd = new Random(seed);
        List<float[]> v = new ArrayList<>();
        List<Integer> pred = new ArrayList<>();
        List<Integer> cl = new ArrayList<>();
        for (int c = 0; c < clusters; c++) {
            for (int i = 0; i < perCluster; i++) {
                float[] x = new float[DIM];
                for (int j = 0; j < DIM; j++) {
                    x[j] = (float) (rnd.nextGaussian() * 0.05);
                }
                x[c] += 1;
                v.add(x);
                pred.add(c / 2);  // two clusters per predicted stance
                cl.add(c);
            }
        }
        return new Pool(v.toArray(float[][]::new), pred.stream().mapToInt(i -> i).toArray(),
                cl.stream().mapToInt(i -> i).toArray());
    }

    @Test
    void oneTypicalPickPerClusterCoversEveryCluster() {
        Pool p = pool(6, 10, 1);
        List<Integer> picks = TypicalPicks.pick(p.vectors(), p.predicted(), 6, 42);
        assertEquals(6, picks.size());
        Set<Integer> clusters = new HashSet<>();
        for (int i : picks) {
            clusters.add(p.cluster()[i]);
        }
        assertEquals(6, clusters.size(), "every cluster gives one pick: " + picks);
        // ranked in rounds: the first three picks are of three different predicted stances
        assertEquals(3, picks.subList(0, 3).stream().map(i -> p.predicted()[i]).distinct().count());
        assertEquals(picks, TypicalPicks.pick(p.vectors(), p.predicted(), 6, 42), "deterministic for a seed");
    }

    @Test
    void theMostTypicalMemberOfAClusterIsPickedNotAnOutlier() {
        Pool p = pool(2, 10, 2);
        float[][] v = p.vectors().clone();
        // member 0 of cluster 0 is an outlier on the cluster's edge
        v[0] = new float[DIM];
        v[0][0] = 0.6f;
        v[0][5] = 0.8f;
        List<Integer> picks = TypicalPicks.pick(v, new int[20], 1, 3);
        assertEquals(1, picks.size());
        assertTrue(picks.get(0) != 0, "the outlier is not typical: " + picks);
    }

    @Test
    void quotasShareThePicksAsEvenlyAsTheStancesAllow() {
        assertEquals(List.of(3, 3, 2, 2), toList(TypicalPicks.quotas(new int[] {20, 20, 10, 10}, 10)));
        assertEquals(List.of(1, 8, 1), toList(TypicalPicks.quotas(new int[] {1, 30, 1}, 10)));
        assertEquals(List.of(2, 3), toList(TypicalPicks.quotas(new int[] {2, 3}, 10)));
        Pool p = pool(2, 3, 4);
        assertEquals(6, TypicalPicks.pick(p.vectors(), p.predicted(), 50, 1).size(), "never more than there are");
    }

    private static List<Integer> toList(int[] a) {
        List<Integer> out = new ArrayList<>();
        for (int x : a) {
            out.add(x);
        }
        return out;
    }
}
