package org.stancemap.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.stancemap.store.PartFiles;
import org.stancemap.stance.HeadSpec;
import org.stancemap.stance.Heads;
import org.stancemap.stance.LabelSet;
import org.stancemap.stance.ReferenceSet;
import org.stancemap.stance.StanceModel;
import org.stancemap.stance.calibration.CalibrationState;

/**
 * Loads a model bundle and validates it: known format and version, every part present with the
 * SHA-256 the manifest records, label set consistent with the manifest. Nothing is deserialised as
 * Java objects; every file is JSON read into records.
 */
public final class BundleReader {
    private BundleReader() {}

    /**
     * Reads the bundle in {@code dir}.
     *
     * @throws IOException with a message naming the bundle and the problem when it is missing,
     *                     incomplete, altered or of an unknown format version
     */
    public static ModelBundle read(Path dir) throws IOException {
        Path manifestFile = dir.resolve(BundleWriter.MANIFEST);
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir + ": no model bundle there (not a directory)");
        }
        if (!Files.isRegularFile(manifestFile)) {
            throw new NoSuchFileException(dir + ": not a model bundle (no " + BundleWriter.MANIFEST + ")");
        }
        JsonNode tree = parse(manifestFile, Files.readAllBytes(manifestFile));
        checkFormat(dir, tree);
        Manifest manifest = bind(manifestFile, tree, Manifest.class);
        if (manifest.parts() == null || !manifest.parts().containsKey(BundleWriter.LABELS)) {
            throw new IOException(manifestFile + ": the manifest lists no " + BundleWriter.LABELS);
        }
        for (Map.Entry<String, String> part : manifest.parts().entrySet()) {
            PartFiles.checkPart(dir, part.getKey(), part.getValue());
        }
        LabelSet labels = LabelSet.parse(Files.readAllBytes(dir.resolve(BundleWriter.LABELS)),
                dir.resolve(BundleWriter.LABELS).toString());
        if (manifest.labelSet() == null || !labels.names().equals(manifest.labelSet().labels())) {
            throw new IOException(dir + ": labels.json does not match the label set named in the manifest");
        }
        HeadSpec.PartReader parts = new HeadSpec.PartReader() {
            @Override
            public <T> T read(String file, Class<T> type) throws IOException {
                if (!manifest.parts().containsKey(file)) {
                    throw new IOException(dir + ": head " + manifest.head() + " needs " + file
                            + ", which the manifest does not list");
                }
                Path p = dir.resolve(file);
                return bind(p, parse(p, Files.readAllBytes(p)), type);
            }
        };
        try {
            StanceModel model = Heads.read(manifest.head(), labels, parts);
            HeadSpec<?> head = Heads.spec(manifest.head());
            CalibrationState calibration = parts.read(BundleWriter.CALIBRATION, CalibrationState.class);
            ReferenceSet reference = null;
            if (manifest.parts().containsKey(BundleWriter.REFERENCE_INDEX)) {
                reference = ReferenceSet.fromBytes(parts.read(BundleWriter.REFERENCE_INDEX, ReferenceSet.Index.class),
                        Files.readAllBytes(dir.resolve(BundleWriter.REFERENCE_VECTORS)));
            }
            if (head.needs(HeadSpec.Need.EMBEDDINGS) != (manifest.embedding() != null)) {
                throw new IOException(dir + ": head " + manifest.head() + " and the manifest's embedding entry disagree");
            }
            org.stancemap.topics.TopicModel topics = manifest.parts().containsKey(org.stancemap.topics.TopicStore.MODEL)
                    ? org.stancemap.topics.TopicStore.read(dir) : null;
            if (head.needs(HeadSpec.Need.TOPICS) && topics == null) {
                throw new IOException(dir + ": head " + manifest.head() + " needs the bundle's topic model, which is missing");
            }
            return new ModelBundle(dir, manifest, labels, model, calibration, reference, topics);
        } catch (IllegalArgumentException e) {
            throw new IOException(dir + ": invalid model part: " + e.getMessage(), e);
        }
    }

    private static void checkFormat(Path dir, JsonNode tree) throws IOException {
        String format = tree.path("format").asText("");
        if (!Manifest.FORMAT.equals(format)) {
            throw new IOException(dir + ": not a Stancemap model bundle (format '" + format + "', expected '"
                    + Manifest.FORMAT + "')");
        }
        JsonNode v = tree.get("format_version");
        if (v == null || !v.isInt()) {
            throw new IOException(dir + ": manifest has no integer format_version");
        }
        if (v.intValue() != Manifest.FORMAT_VERSION) {
            throw new IOException(dir + ": bundle format_version " + v.intValue() + " is not supported by this build"
                    + " (it reads version " + Manifest.FORMAT_VERSION + "); "
                    + (v.intValue() > Manifest.FORMAT_VERSION ? "upgrade Stancemap" : "retrain the model"));
        }
    }

    private static JsonNode parse(Path file, byte[] bytes) throws IOException {
        try {
            return BundleJson.MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> T bind(Path file, JsonNode tree, Class<T> type) throws IOException {
        try {
            return BundleJson.MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": invalid content: " + e.getOriginalMessage(), e);
        }
    }
}
