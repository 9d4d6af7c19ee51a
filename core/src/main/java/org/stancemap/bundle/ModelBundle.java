package org.stancemap.bundle;

import java.nio.file.Path;
import org.stancemap.stance.CalibratedModel;
import org.stancemap.stance.LabelSet;
import org.stancemap.stance.ReferenceSet;
import org.stancemap.stance.StanceModel;
import org.stancemap.stance.calibration.CalibrationState;

/**
 * A loaded, validated model bundle.
 *
 * @param dir         the bundle directory
 * @param manifest    the manifest
 * @param labels      the bundled label set
 * @param head        the stance head, uncalibrated
 * @param calibration temperature, conformal sets and uncertainty threshold
 * @param reference   labelled abstracts by embedding, or null
 * @param topics      the topic model, or null
 */
public record ModelBundle(Path dir, Manifest manifest, LabelSet labels, StanceModel head, CalibrationState calibration,
                          ReferenceSet reference, org.stancemap.topics.TopicModel topics) {

    /** The model id, as written into every classified record. */
    public String modelId() {
        return manifest.modelId();
    }

    /** The calibrated model: what classification uses. */
    public StanceModel model() {
        return new CalibratedModel(head, calibration);
    }
}
