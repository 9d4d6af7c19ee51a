package org.stancemap.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LearningCurveTest {

    private static final List<String> AB = List.of("a", "b");

    /** 20 records in 10 works of 2, alternating labels by work. */
    private static final int N = 20;
    private static final String[] GROUPS = new String[N];
    private static final int[] GOLD = new int[N];

    static {
        for (int i = 0; i < N; i++) {
            GROUPS[i] = "w" + (i / 2);
            GOLD[i] = (i / 2) % 2;
        }
    }

    private static FoldPlan plan() {
        String[] labels = Arrays.stream(GOLD).mapToObj(g -> AB.get(g)).toArray(String[]::new);
        return GroupedFolds.kFold(GROUPS, labels, 5, 3);
    }

    /** Predicts the gold class with a confidence that grows with the training size: a known curve. */
    private static double[][] oracle(int[] train, int[] test, double noiseBelow) {
        double[][] p = new double[test.length][];
        for (int t = 0; t < test.length; t++) {
            boolean right = train.length >= noiseBelow || test[t] % 4 != 0;
            int predicted = right ? GOLD[test[t]] : 1 - GOLD[test[t]];
            p[t] = predicted == 0 ? new double[] {0.9, 0.1} : new double[] {0.1, 0.9};
        }
        return p;
    }

    @Test
    void callsBackWithTheRequestedSizesAndDisjointTrainTest() {
        FoldPlan plan = plan();
        List<int[]> sizesSeen = new ArrayList<>();
        LearningCurve.TrainAndPredict callback = (train, test) -> {
            Set<Integer> testSet = new HashSet<>();
            Arrays.stream(test).forEach(testSet::add);
            for (int i : train) {
                assertFalse(testSet.contains(i), "record " + i + " both trained and tested");
                assertFalse(Arrays.stream(test).anyMatch(t -> GROUPS[t].equals(GROUPS[i])), "work of " + i + " leaked");
            }
            assertEquals(Arrays.stream(train).distinct().count(), train.length, "duplicate training index");
            sizesSeen.add(new int[] {train.length, test.length});
            return oracle(train, test, 0);
        };
        LearningCurve.Options options = new LearningCurve.Options(
                List.of(new TrainingSize.Fraction(0.25), new TrainingSize.Count(8),
                        new TrainingSize.Fraction(1.0)), 3, 17);
        List<LearningCurve.Point> points = LearningCurve.run(AB, GOLD, plan, options, callback);

        // every fold trains on 16 records: 25% -> 4; 8; 100% -> 16 (once per fold, reused)
        int folds = plan.size();
        assertEquals(3 * folds + 3 * folds + folds, sizesSeen.size());
        assertTrue(sizesSeen.subList(0, 3 * folds).stream().allMatch(s -> s[0] == 4));
        assertTrue(sizesSeen.subList(3 * folds, 6 * folds).stream().allMatch(s -> s[0] == 8));
        assertTrue(sizesSeen.subList(6 * folds, 7 * folds).stream().allMatch(s -> s[0] == 16));
        assertEquals(N, sizesSeen.subList(0, folds).stream().mapToInt(s -> s[1]).sum(), "one repeat tests every record once");

        assertEquals(List.of("25%", "8", "100%"), points.stream().map(LearningCurve.Point::size).toList());
        assertEquals(4.0, points.get(0).meanTrainingSize(), 1e-12);
        assertEquals(3, points.get(0).runs());
        assertEquals(1, points.get(2).runs());
        assertEquals(1.0, points.get(2).meanMacroF1(), 1e-12);
        assertEquals(0.0, points.get(2).sdMacroF1(), 0);
    }

    @Test
    void curveFollowsAKnownTrainer() {
        // below 10 training records the oracle errs on records 0, 4, 8, 12, 16 (5 of 20)
        LearningCurve.Options options = new LearningCurve.Options(
                List.of(new TrainingSize.Count(5), new TrainingSize.Count(12)), 2, 1);
        List<LearningCurve.Point> points = LearningCurve.run(AB, GOLD, plan(), options, (tr, te) -> oracle(tr, te, 10));
        assertEquals(15.0 / 20, points.get(0).meanAccuracy(), 1e-12);
        assertEquals(0.0, points.get(0).sdAccuracy(), 1e-12);
        assertEquals(1.0, points.get(1).meanAccuracy(), 1e-12);
        assertEquals(1.0, points.get(1).meanMacroF1(), 1e-12);
    }

    @Test
    void sameSeedSameSubsets() {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        LearningCurve.Options options = new LearningCurve.Options(List.of(new TrainingSize.Fraction(0.5)), 2, 5);
        LearningCurve.run(AB, GOLD, plan(), options, (tr, te) -> {
            first.add(Arrays.toString(tr));
            return oracle(tr, te, 0);
        });
        LearningCurve.run(AB, GOLD, plan(), options, (tr, te) -> {
            second.add(Arrays.toString(tr));
            return oracle(tr, te, 0);
        });
        assertEquals(first, second);
        assertFalse(first.get(0).equals(first.get(plan().size())), "two repeats drew the same subset of fold 0");
    }

    @Test
    void subsampleIsSortedDistinctAndFromTheInput() {
        int[] pool = {3, 9, 4, 12, 7, 1};
        int[] s = LearningCurve.subsample(pool, 4, new java.util.Random(2));
        assertEquals(4, s.length);
        int[] sorted = s.clone();
        Arrays.sort(sorted);
        assertArrayEquals(sorted, s);
        assertEquals(4, Arrays.stream(s).distinct().count());
        assertTrue(Arrays.stream(s).allMatch(i -> Arrays.stream(pool).anyMatch(p -> p == i)));
    }

    @Test
    void errorsNameTheProblem() {
        LearningCurve.Options tooMany = new LearningCurve.Options(List.of(new TrainingSize.Count(17)), 1, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LearningCurve.run(AB, GOLD, plan(), tooMany, (tr, te) -> oracle(tr, te, 0)));
        assertEquals("training size 17 exceeds the 16 training records of fold 0", e.getMessage());
        LearningCurve.Options ok = new LearningCurve.Options(List.of(new TrainingSize.Count(4)), 1, 1);
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> LearningCurve.run(AB, GOLD, plan(), ok, (tr, te) -> new double[te.length][3]));
        assertTrue(bad.getMessage().startsWith("learning curve, fold 0, size 4: the callback returned a bad table"),
                bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TrainingSize.Fraction(0));
        assertEquals(new TrainingSize.Fraction(0.25), TrainingSize.parse("25%"));
        assertEquals("12.5%", TrainingSize.parse(" 12.5% ").toString());
        assertEquals(new TrainingSize.Count(40), TrainingSize.parse("40"));
        IllegalArgumentException parse = assertThrows(IllegalArgumentException.class, () -> TrainingSize.parse("half"));
        assertTrue(parse.getMessage().startsWith("Invalid training size: 'half'"), parse.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LearningCurve.Options(List.of(), 1, 1));
    }
}
