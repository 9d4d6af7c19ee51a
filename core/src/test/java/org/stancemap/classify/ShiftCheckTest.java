package org.stancemap.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stancemap.stance.ReferenceSet;

/**
 * The shift check on synthetic embeddings: a training corpus near one direction, a batch from the
 * same distribution and a batch from another.
 */
class ShiftCheckTest {
    static final int DIM = 16;

    static float[] near(int direction, double noise, Random rnd) {
        float[] v = new float[DIM];
        double n = 0;
        for (int j = 0; j < DIM; j++) {
            v[j] = (float) (rnd.nextGaussian() * noise + (j == direction ? 1 : 0));
            n += v[j] * v[j];
        }
        for (int j = 0; j < DIM; j++) {
            v[j] /= (float) Math.sqrt(n);
        }
        return v;
    }

    static ReferenceSet training(Random rnd) {
        int n = 30;
        float[][] v = new float[n][];
        List<String> ids = new ArrayList<>();
        String[] groups = new String[n];
        for (int i = 0; i < n; i++) {
            v[i] = near(0, 0.15, rnd);
            ids.add("t" + i);
            groups[i] = "g" + (i / 2);  // pairs of records are one work: never each other's neighbour
        }
        return ReferenceSet.of(ids, Collections.nCopies(n, "policy-evaluative"), Collections.nCopies(n, "x"), v, groups);
    }

    static ShiftCheck.Summary batch(ReferenceSet ref, int direction, Random rnd) {
        ShiftCheck check = new ShiftCheck();
        for (int i = 0; i < 200; i++) {
            ReferenceSet.Neighbour nearest = ref.nearest(near(direction, 0.15, rnd));
            check.add(nearest, ref.isFar(nearest));
        }
        return check.summary(ref);
    }

    @Test
    void aBatchFromAnotherDistributionIsFurtherAndFlagged() {
        Random rnd = new Random(1);
        ReferenceSet ref = training(rnd);
        assertTrue(ref.index().nearestFloor() <= ref.index().nearestMedian());
        ShiftCheck.Summary same = batch(ref, 0, rnd);
        ShiftCheck.Summary other = batch(ref, 5, rnd);
        assertTrue(other.medianNearest() < same.medianNearest() - 0.2, same + " vs " + other);
        assertTrue(same.far() <= 20, "few records of the training distribution fall below its floor: " + same);
        assertTrue(other.far() >= 190, "nearly every record of another distribution is far: " + other);
        assertEquals(ref.index().nearestMedian(), same.corpusMedianNearest());
        assertTrue(same.line().contains("records below"), same.line());
    }

    @Test
    void oldIndexesWithoutTheFiguresFlagNothing() {
        ReferenceSet old = new ReferenceSet(new ReferenceSet.Index(1, 2, List.of("a"), List.of("l"), List.of("s")),
                new float[][] {{1, 0}});
        ReferenceSet.Neighbour n = old.nearest(new float[] {0, 1});
        assertFalse(old.isFar(n));
        assertNull(old.index().nearestFloor());
        assertNull(new ShiftCheck().summary(old), "no record added");
    }
}
