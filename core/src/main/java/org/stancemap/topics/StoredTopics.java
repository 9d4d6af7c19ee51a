package org.stancemap.topics;

import java.util.Objects;
import java.util.Optional;

/**
 * A topic model as read from its directory, with its manifest and, when the directory records it,
 * its provenance. A value; immutable and thread-safe.
 *
 * @param model      the model
 * @param manifest   its {@value TopicStore#MANIFEST}
 * @param provenance analyzer settings and corpus files, or null for a directory written without
 *                   them (by {@link TopicStore#write(java.nio.file.Path, TopicModel, boolean)})
 */
public record StoredTopics(TopicModel model, TopicManifest manifest, TopicProvenance provenance) {

    public StoredTopics {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(manifest, "manifest");
    }

    /** The provenance, if recorded. */
    public Optional<TopicProvenance> provenanceIfRecorded() {
        return Optional.ofNullable(provenance);
    }
}
