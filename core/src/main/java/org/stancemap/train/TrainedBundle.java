package org.stancemap.train;

import java.io.IOException;
import java.nio.file.Path;
import org.stancemap.bundle.BundleContents;
import org.stancemap.bundle.BundleWriter;
import org.stancemap.bundle.Manifest;

/**
 * A trained bundle, not yet written: its manifest (without id and part hashes, which the writer
 * derives), its contents, and the report of the run. Immutable.
 */
public record TrainedBundle(Manifest manifest, BundleContents contents, TrainingReport report) {

    /**
     * Writes the bundle to {@code dir} as {@link BundleWriter#write} does.
     *
     * @return the manifest written, with the model id and the parts' hashes
     * @throws java.nio.file.FileAlreadyExistsException when a bundle is there and {@code force} is false
     */
    public Manifest write(Path dir, boolean force) throws IOException {
        return BundleWriter.write(dir, force, manifest, contents);
    }
}
