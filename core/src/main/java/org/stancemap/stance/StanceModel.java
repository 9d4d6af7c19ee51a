package org.stancemap.stance;

import java.util.List;

/**
 * A fitted stance classifier. Immutable and thread-safe: {@code classify} may be called from many
 * threads at once.
 */
public interface StanceModel {

    /** The label set; probability vectors follow its order. */
    LabelSet labels();

    /** Name of the head, e.g. {@code tfidf-lr}. */
    String head();

    /**
     * Scores of each label before the softmax (for a probabilistic head that is not linear, the log
     * of its probabilities). Calibration rescales these.
     */
    double[] logits(Document doc);

    /** Class probabilities, in label order; they sum to 1. */
    default double[] probabilities(Document doc) {
        return Softmax.of(logits(doc), 1.0);
    }

    /** The features that most raised the score of {@code label} for this document; empty when the head cannot say. */
    default List<TermWeight> explain(Document doc, int label, int k) {
        return List.of();
    }

    /** A feature and how much it added to a label's score. */
    record TermWeight(String term, double weight) {}
}
