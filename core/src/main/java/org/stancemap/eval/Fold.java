package org.stancemap.eval;

import java.util.Arrays;

/**
 * One cross-validation split: record indices to train on and to test on, each ascending, disjoint.
 * Immutable: the arrays are copied in and out.
 *
 * @param train indices of the training records
 * @param test  indices of the test records (never empty)
 */
public record Fold(int[] train, int[] test) {

    public Fold {
        if (train == null || test == null || test.length == 0) {
            throw new IllegalArgumentException("a fold needs a training index array and a non-empty test index array");
        }
        train = train.clone();
        test = test.clone();
        java.util.BitSet inTest = new java.util.BitSet();
        for (int i : test) {
            if (i < 0) {
                throw new IllegalArgumentException("fold test index " + i + ": expected >= 0");
            }
            inTest.set(i);
        }
        for (int i : train) {
            if (i < 0 || inTest.get(i)) {
                throw new IllegalArgumentException("fold training index " + i
                        + ": expected >= 0 and not also a test index");
            }
        }
    }

    @Override
    public int[] train() {
        return train.clone();
    }

    @Override
    public int[] test() {
        return test.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fold f && Arrays.equals(train, f.train) && Arrays.equals(test, f.test);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(train) + Arrays.hashCode(test);
    }

    @Override
    public String toString() {
        return "Fold[train=" + train.length + " records, test=" + Arrays.toString(test) + "]";
    }
}
