package org.stancemap.bundle;

import org.stancemap.stance.LabelSet;
import org.stancemap.stance.ReferenceSet;
import org.stancemap.stance.StanceModel;
import org.stancemap.stance.calibration.CalibrationState;
import org.stancemap.topics.TopicModel;

/**
 * What a bundle holds besides its manifest.
 *
 * @param labels      the label set
 * @param head        the fitted head, uncalibrated
 * @param calibration temperature, conformal sets and uncertainty threshold
 * @param reference   the labelled abstracts by embedding (nearest-neighbour explanations), or null
 * @param topics      the topic model whose mixtures classify writes (and a head may read), or null
 */
public record BundleContents(LabelSet labels, StanceModel head, CalibrationState calibration, ReferenceSet reference,
                             TopicModel topics) {
    public BundleContents {
        if (labels == null || head == null || calibration == null) {
            throw new IllegalArgumentException("a bundle needs labels, a head and a calibration");
        }
    }
}
