package org.stancemap.train;

import org.stancemap.eval.HeadComparison;

/**
 * What a training run found, for the command to print: the corpus counts, the topic fit, the head
 * comparison or why there was none, and the recalibration. Immutable.
 *
 * @param records       records read from the corpus
 * @param labelled      labelled records trained on
 * @param works         works among them
 * @param unlabelled    unlabelled records (not used by the head)
 * @param rejected      records rejected while reading the corpus
 * @param topics        the topic model fitted on the corpus, or null when none was fitted
 * @param comparison    the cross-validated comparison of the heads, or null when there was none
 * @param note          why there was no comparison (one line), or null
 * @param recalibration the fit on held-out records, or null when calibrated on the out-of-fold predictions
 */
public record TrainingReport(int records, int labelled, int works, int unlabelled, int rejected, TopicFit topics,
                             HeadComparison.Result comparison, String note, Recalibration recalibration) {

    /**
     * A calibration fitted on held-out labelled records.
     *
     * @param records     labelled records it rests on
     * @param temperature the fitted temperature
     */
    public record Recalibration(int records, double temperature) {}

    /**
     * Whether the cross-validated figures rest on fewer works than {@link HeadComparison#MIN_WORKS_FOR_LEARNED},
     * too few to trust them.
     */
    public boolean fewWorks() {
        return comparison != null && works < HeadComparison.MIN_WORKS_FOR_LEARNED;
    }
}
