package org.stancemap.stance.mlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MlpTrainerIT {

    private static final int D = 384;

    @Test
    void learnsSeparableFourClassProblem() {
        Clusters gen = new Clusters(4, D, 0.5, 7L);
        Clusters.Data train = gen.sample(20, 20, 20, 20);
        Clusters.Data test = gen.sample(10, 10, 10, 10);

        MlpHead head = MlpTrainer.fit(train.x(), train.y(), null, 4, MlpOptions.defaults());

        assertEquals(1.0, Clusters.accuracy(head, train), "training accuracy");
        assertTrue(Clusters.accuracy(head, test) >= 0.95, "held-out accuracy " + Clusters.accuracy(head, test));
        for (double[] p : head.predictProba(test.x())) {
            assertEquals(1.0, Arrays.stream(p).sum(), 1e-12);
        }
    }

    @Test
    void fourteenRowsGiveSoftFiniteProbabilities() {
        Clusters gen = new Clusters(4, D, 0.5, 11L);
        Clusters.Data train = gen.sample(4, 4, 3, 3);
        MlpHead head = MlpTrainer.fit(train.x(), train.y(), null, 4, MlpOptions.defaults());

        // Points with no class signal: fresh directions of the same norm as the data.
        double maxOnNoise = 0.0;
        for (int i = 0; i < 20; i++) {
            double[] p = head.predictProba(gen.gaussian(D, 1.1));
            assertTrue(Arrays.stream(p).allMatch(Double::isFinite));
            maxOnNoise = Math.max(maxOnNoise, Arrays.stream(p).max().orElseThrow());
        }
        assertTrue(maxOnNoise < 0.9, "max probability on class-free points " + maxOnNoise);
        double maxOnTrain = maxProbability(head, train.x());
        assertTrue(maxOnTrain < 0.999, "training rows are not one-hot: " + maxOnTrain);
        assertEquals(1.0, Clusters.accuracy(head, train), "but they are classified right");

        // The same data without regularisation does collapse to one-hot: the check above can fail.
        MlpOptions loose = new MlpOptions(64, 0.0, 0.0, 0.05, 100, 64, 42L);
        MlpHead overfit = MlpTrainer.fit(train.x(), train.y(), null, 4, loose);
        assertTrue(minOfMax(overfit, train.x()) > 0.999, "unregularised fit should be one-hot");
    }

    @Test
    void sameSeedSameHeadDifferentSeedDifferentHead() {
        Clusters gen = new Clusters(3, D, 0.5, 3L);
        Clusters.Data train = gen.sample(30, 30, 30); // 90 rows > batch 32: shuffled minibatches and dropout
        MlpOptions opts = new MlpOptions(32, 0.3, 1e-3, 1e-3, 20, 32, 5L);

        MlpHead a = MlpTrainer.fit(train.x(), train.y(), null, 3, opts);
        MlpHead b = MlpTrainer.fit(train.x(), train.y(), null, 3, opts);
        MlpHead c = MlpTrainer.fit(train.x(), train.y(), null, 3, opts.withSeed(6L));

        assertTrue(Arrays.deepEquals(a.state().w1(), b.state().w1()));
        assertArrayEquals(a.state().b2(), b.state().b2());
        assertArrayEquals(a.predictProba(train.x()[0]), b.predictProba(train.x()[0]));
        assertFalse(Arrays.deepEquals(a.state().w1(), c.state().w1()));
    }

    @Test
    void upWeightingAClassPullsAnAmbiguousPointTowardIt() {
        Clusters gen = new Clusters(2, D, 0.5, 13L);
        Clusters.Data train = gen.sample(7, 7);
        double[] midpoint = new double[D];
        for (int j = 0; j < D; j++) {
            midpoint[j] = (gen.centres[0][j] + gen.centres[1][j]) / 2;
        }
        double[] favour0 = new double[14];
        double[] favour1 = new double[14];
        for (int i = 0; i < 14; i++) {
            favour0[i] = train.y()[i] == 0 ? 5.0 : 1.0;
            favour1[i] = train.y()[i] == 1 ? 5.0 : 1.0;
        }
        MlpOptions opts = new MlpOptions(32, 0.2, 1e-3, 1e-2, 40, 64, 42L); // lighter than defaults, same effect
        double plain = MlpTrainer.fit(train.x(), train.y(), null, 2, opts).predictProba(midpoint)[0];
        double up0 = MlpTrainer.fit(train.x(), train.y(), favour0, 2, opts).predictProba(midpoint)[0];
        double up1 = MlpTrainer.fit(train.x(), train.y(), favour1, 2, opts).predictProba(midpoint)[0];

        // Seen: about 0.55 unweighted, 0.92 and 0.07 weighted.
        assertTrue(up0 > plain + 0.1, "P(0 | midpoint): weighted " + up0 + " vs unweighted " + plain);
        assertTrue(up1 < plain - 0.1, "P(0 | midpoint): weighted " + up1 + " vs unweighted " + plain);
    }

    @Test
    void equalWeightsTrainExactlyLikeNoWeights() {
        Clusters.Data train = new Clusters(2, 16, 0.5, 17L).sample(5, 5);
        double[] threes = new double[10];
        Arrays.fill(threes, 3.0);
        MlpOptions opts = new MlpOptions(8, 0.2, 1e-3, 1e-2, 30, 64, 1L);
        MlpHead none = MlpTrainer.fit(train.x(), train.y(), null, 2, opts);
        MlpHead equal = MlpTrainer.fit(train.x(), train.y(), threes, 2, opts);
        assertTrue(Arrays.deepEquals(none.state().w1(), equal.state().w1()));
    }

    @Test
    void rejectsBadArgumentsWithNamedValues() {
        double[][] x = {{0, 1}, {1, 0}};
        int[] y = {0, 1};
        MlpOptions o = MlpOptions.defaults();
        assertMessage("Invalid numClasses: 1 (expected >= 2)", () -> MlpTrainer.fit(x, y, null, 1, o));
        assertMessage("Invalid row 1 length: 1 (expected 2, as row 0)",
                () -> MlpTrainer.fit(new double[][] {{0, 1}, {1}}, y, null, 2, o));
        assertMessage("Invalid feature 1 in row 0: NaN (expected finite)",
                () -> MlpTrainer.fit(new double[][] {{0, Double.NaN}, {1, 0}}, y, null, 2, o));
        assertMessage("Invalid label in row 1: 2 (expected 0..1)", () -> MlpTrainer.fit(x, new int[] {0, 2}, null, 2, o));
        assertMessage("Invalid labels: 1 labels (expected 2, one per row)", () -> MlpTrainer.fit(x, new int[] {0}, null, 2, o));
        assertMessage("Invalid sample weight in row 0: -1.0 (expected finite and >= 0)",
                () -> MlpTrainer.fit(x, y, new double[] {-1, 1}, 2, o));
        assertMessage("Invalid sample weights: all 0 (expected at least one > 0)",
                () -> MlpTrainer.fit(x, y, new double[] {0, 0}, 2, o));
    }

    static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, call).getMessage());
    }

    private static double maxProbability(MlpHead head, double[][] x) {
        return Arrays.stream(head.predictProba(x)).mapToDouble(p -> Arrays.stream(p).max().orElseThrow()).max().orElseThrow();
    }

    private static double minOfMax(MlpHead head, double[][] x) {
        return Arrays.stream(head.predictProba(x)).mapToDouble(p -> Arrays.stream(p).max().orElseThrow()).min().orElseThrow();
    }
}
