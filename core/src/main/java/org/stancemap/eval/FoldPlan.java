package org.stancemap.eval;

import java.util.List;

/**
 * A cross-validation plan: folds whose test sides partition the records, with all records of one
 * group in the same test side.
 *
 * @param folds      the folds, in order
 * @param stratified true when the folds were balanced by label and every class could reach every fold
 * @param method     how the folds were made, and why they are not stratified when they are not;
 *                   meant for the evaluation report
 */
public record FoldPlan(List<Fold> folds, boolean stratified, String method) {

    public FoldPlan {
        if (folds == null || folds.isEmpty()) {
            throw new IllegalArgumentException("a fold plan needs at least one fold");
        }
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("a fold plan needs a method description");
        }
        folds = List.copyOf(folds);
    }

    /** Number of folds. */
    public int size() {
        return folds.size();
    }
}
