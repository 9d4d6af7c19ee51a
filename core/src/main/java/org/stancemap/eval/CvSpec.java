package org.stancemap.eval;

import java.util.Locale;

/**
 * How to cross-validate: {@code loo} (leave one work out) or K grouped folds.
 *
 * @param folds K, or 0 for leave-one-group-out
 */
public record CvSpec(int folds) {
    public CvSpec {
        if (folds != 0 && folds < 2) {
            throw new IllegalArgumentException("Invalid number of folds: " + folds + " (expected loo or K >= 2)");
        }
    }

    /** Leave one work out. */
    public static CvSpec loo() {
        return new CvSpec(0);
    }

    public boolean isLeaveOneOut() {
        return folds == 0;
    }

    /** Parses {@code loo} or a whole number K >= 2. */
    public static CvSpec parse(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        if (t.equals("loo") || t.equals("logo")) {
            return loo();
        }
        try {
            return new CvSpec(Integer.parseInt(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid --cv value '" + s + "' (expected loo or a number of folds >= 2)");
        }
    }

    /** Leave-one-out for corpora of at most 30 works, else 5 folds (what {@code train} uses by default). */
    public static CvSpec defaultFor(int groups) {
        return groups <= 30 ? loo() : new CvSpec(Math.min(5, groups));
    }

    @Override
    public String toString() {
        return folds == 0 ? "loo" : Integer.toString(folds);
    }

    /** The fold plan for these groups and labels. */
    FoldPlan plan(String[] groups, String[] labels, long seed) {
        return isLeaveOneOut() ? GroupedFolds.leaveOneGroupOut(groups) : GroupedFolds.kFold(groups, labels, folds, seed);
    }
}
