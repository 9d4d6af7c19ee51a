package org.stancemap.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupedFoldsTest {

    /** Random toy data: 25 groups of 1-4 records, labels drawn per record from 3 classes. */
    private static String[][] randomData(long seed) {
        Random r = new Random(seed);
        java.util.List<String> groups = new java.util.ArrayList<>();
        java.util.List<String> labels = new java.util.ArrayList<>();
        for (int g = 0; g < 25; g++) {
            int size = 1 + r.nextInt(4);
            for (int j = 0; j < size; j++) {
                groups.add("w" + g);
                labels.add("c" + r.nextInt(3));
            }
        }
        return new String[][] {groups.toArray(String[]::new), labels.toArray(String[]::new)};
    }

    @Test
    void groupsAreNeverSplitAndEveryRecordIsTestedOnce() {
        for (long seed = 0; seed < 5; seed++) {
            String[][] data = randomData(seed);
            String[] groups = data[0];
            FoldPlan plan = GroupedFolds.kFold(groups, data[1], 5, seed);
            assertEquals(5, plan.size());
            assertPartition(plan, groups);
        }
    }

    @Test
    void balancedSetIsStratifiedExactly() {
        // 4 classes x 10 works of 2 records each, one label per work: every fold must get 2 works of each class
        int n = 80;
        String[] groups = new String[n];
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            groups[i] = "w" + (i / 2);
            labels[i] = "class" + ((i / 2) % 4);
        }
        FoldPlan plan = GroupedFolds.kFold(groups, labels, 5, 7);
        assertTrue(plan.stratified(), plan.method());
        assertTrue(plan.method().startsWith("stratified group 5-fold"), plan.method());
        assertPartition(plan, groups);
        for (Fold fold : plan.folds()) {
            Map<String, Integer> counts = new HashMap<>();
            for (int i : fold.test()) {
                counts.merge(labels[i], 1, Integer::sum);
            }
            assertEquals(Map.of("class0", 4, "class1", 4, "class2", 4, "class3", 4), counts);
        }
    }

    @Test
    void rareClassMakesThePlanUnstratifiedButIsStillSpread() {
        // 'rare' occurs in 2 works only; k = 4 cannot put it in every fold
        String[] groups = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"};
        String[] labels = {"rare", "rare", "x", "x", "x", "x", "y", "y", "y", "y"};
        FoldPlan plan = GroupedFolds.kFold(groups, labels, 4, 1);
        assertFalse(plan.stratified());
        assertTrue(plan.method().contains("class 'rare' occurs in 2 group(s), fewer than k = 4"), plan.method());
        assertPartition(plan, groups);
        int foldsWithRare = 0;
        for (Fold fold : plan.folds()) {
            foldsWithRare += Arrays.stream(fold.test()).anyMatch(i -> labels[i].equals("rare")) ? 1 : 0;
        }
        assertEquals(2, foldsWithRare);
    }

    @Test
    void sameSeedGivesSamePlanAndSeedsDiffer() {
        String[][] data = randomData(3);
        FoldPlan a = GroupedFolds.kFold(data[0], data[1], 5, 11);
        FoldPlan b = GroupedFolds.kFold(data[0].clone(), data[1].clone(), 5, 11);
        assertEquals(a, b);
        Set<FoldPlan> distinct = new HashSet<>();
        for (long seed = 0; seed < 5; seed++) {
            distinct.add(GroupedFolds.kFold(data[0], data[1], 5, seed));
        }
        assertTrue(distinct.size() > 1, "five seeds gave one plan");
    }

    @Test
    void leaveOneGroupOutMakesOneFoldPerGroup() {
        String[] groups = {"w1", "w2", "w1", "w3", "w2"};
        FoldPlan plan = GroupedFolds.leaveOneGroupOut(groups);
        assertEquals(3, plan.size());
        assertFalse(plan.stratified());
        assertEquals("leave one group out (3 groups)", plan.method());
        assertEquals(new Fold(new int[] {1, 3, 4}, new int[] {0, 2}), plan.folds().get(0));
        assertEquals(new Fold(new int[] {0, 2, 3}, new int[] {1, 4}), plan.folds().get(1));
        assertEquals(new Fold(new int[] {0, 1, 2, 4}, new int[] {3}), plan.folds().get(2));
        assertPartition(plan, groups);
    }

    @Test
    void tooManyFoldsIsAClearError() {
        String[] groups = {"a", "a", "b", "c", "d", "e"};
        String[] labels = {"x", "x", "y", "x", "y", "x"};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GroupedFolds.kFold(groups, labels, 6, 0));
        assertEquals("k = 6 folds with 5 groups: expected 2 <= k <= number of groups (5)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GroupedFolds.kFold(groups, labels, 1, 0));
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                () -> GroupedFolds.leaveOneGroupOut(new String[] {"a", "a"}));
        assertTrue(one.getMessage().contains("1 groups"), one.getMessage());
        IllegalArgumentException nul = assertThrows(IllegalArgumentException.class,
                () -> GroupedFolds.kFold(new String[] {"a", null}, new String[] {"x", "y"}, 2, 0));
        assertTrue(nul.getMessage().startsWith("groups[1] is null"), nul.getMessage());
    }

    /** Test sides partition the records, train is the complement, and no group straddles two test sides. */
    static void assertPartition(FoldPlan plan, String[] groups) {
        int[] tested = new int[groups.length];
        Map<String, Integer> foldOfGroup = new HashMap<>();
        for (int f = 0; f < plan.size(); f++) {
            Fold fold = plan.folds().get(f);
            assertTrue(fold.test().length > 0, "empty test fold " + f);
            assertEquals(groups.length, fold.train().length + fold.test().length);
            for (int i : fold.test()) {
                tested[i]++;
                Integer previous = foldOfGroup.put(groups[i], f);
                assertTrue(previous == null || previous == f, "group " + groups[i] + " split over folds");
            }
            Set<String> testGroups = new HashSet<>();
            Arrays.stream(fold.test()).forEach(i -> testGroups.add(groups[i]));
            for (int i : fold.train()) {
                assertFalse(testGroups.contains(groups[i]), "group " + groups[i] + " in train and test of fold " + f);
            }
        }
        int[] once = new int[groups.length];
        Arrays.fill(once, 1);
        assertEquals(Arrays.toString(once), Arrays.toString(tested));
    }

    @Test
    void foldRejectsOverlappingIndices() {
        assertThrows(IllegalArgumentException.class, () -> new Fold(new int[] {0, 1}, new int[] {1}));
        assertNotEquals(new Fold(new int[] {0}, new int[] {1}), new Fold(new int[] {1}, new int[] {0}));
    }
}
