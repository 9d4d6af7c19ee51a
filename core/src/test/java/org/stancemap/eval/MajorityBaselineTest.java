package org.stancemap.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MajorityBaselineTest {

    private static final List<String> ABC = List.of("a", "b", "c");

    @Test
    void predictsTheMostFrequentClassWithSmoothedFrequencies() {
        MajorityBaseline b = MajorityBaseline.fit(ABC, new int[] {1, 1, 1, 0, 2, 1, 0});
        assertEquals(1, b.predictedClass());
        assertArrayEquals(new int[] {2, 4, 1}, b.counts());
        // (count + 1) / (7 + 3)
        assertArrayEquals(new double[] {0.3, 0.5, 0.2}, b.probabilities(), 1e-12);
        double[][] table = b.predict(2);
        assertEquals(2, table.length);
        assertArrayEquals(b.probabilities(), table[1], 0);
    }

    @Test
    void tieGoesToTheLowerIndex() {
        assertEquals(0, MajorityBaseline.fit(ABC, new int[] {2, 0, 2, 0}).predictedClass());
    }

    @Test
    void classAbsentFromTrainingKeepsLogLossFinite() {
        MajorityBaseline b = MajorityBaseline.fit(ABC, new int[] {0, 0, 1});
        // c never seen in training: probability 1 / 6, not 0
        ClassificationMetrics m = ClassificationMetrics.of(ABC, new int[] {2, 0}, b.predict(2));
        assertEquals(-(Math.log(1.0 / 6) + Math.log(3.0 / 6)) / 2, m.logLoss(), 1e-12);
        assertEquals(0.5, m.accuracy(), 1e-12);
    }

    @Test
    void rejectsAGoldIndexOutsideTheLabels() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MajorityBaseline.fit(ABC, new int[] {0, 5}));
        assertTrue(e.getMessage().contains("gold[1] = 5"), e.getMessage());
    }
}
