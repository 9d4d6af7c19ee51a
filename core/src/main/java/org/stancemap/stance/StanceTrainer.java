package org.stancemap.stance;

import java.util.List;

/** Fits a {@link StanceModel} of one head from labelled documents. Holds the hyperparameters. */
public interface StanceTrainer {

    /** Name of the head this trainer fits. */
    String head();

    /** The hyperparameters, as recorded in the bundle manifest (a Jackson-serialisable record). */
    Record options();

    /**
     * Fits a model.
     *
     * @param docs   training documents
     * @param y      label index of each document in {@code labels}
     * @param labels the label set
     * @throws IllegalArgumentException when the data cannot train this head (e.g. one label only)
     */
    StanceModel fit(List<Document> docs, int[] y, LabelSet labels);
}
