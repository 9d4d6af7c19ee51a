package org.stancemap.bundle;

import java.nio.file.Path;
import org.stancemap.stance.LabelSet;
import org.stancemap.stance.StanceModel;

/**
 * A loaded, validated model bundle: its manifest, label set and stance model.
 *
 * @param dir      the bundle directory
 * @param manifest the manifest
 * @param labels   the bundled label set
 * @param model    the stance model
 */
public record ModelBundle(Path dir, Manifest manifest, LabelSet labels, StanceModel model) {

    /** The model id, as written into every classified record. */
    public String modelId() {
        return manifest.modelId();
    }
}
