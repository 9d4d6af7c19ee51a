package org.stancemap.bundle;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.codec.digest.DigestUtils;
import org.stancemap.store.PartFiles;

/**
 * Writes a model bundle atomically: every file goes into a temporary sibling directory, which is
 * renamed into place only when complete. An existing bundle is replaced only when asked to.
 */
public final class BundleWriter {
    public static final String MANIFEST = "manifest.json";
    public static final String LABELS = "labels.json";
    public static final String CALIBRATION = "calibration.json";
    public static final String REFERENCE_INDEX = "reference.json";
    public static final String REFERENCE_VECTORS = "reference-embeddings.f32";

    private BundleWriter() {}

    /**
     * Writes the bundle and returns the final manifest (with model id and part hashes filled in).
     *
     * @param out   the bundle directory to create
     * @param force replace an existing directory at {@code out}
     * @param draft the manifest without {@code model_id} and {@code parts}
     * @throws FileAlreadyExistsException when {@code out} exists and {@code force} is false
     */
    public static Manifest write(Path out, boolean force, Manifest draft, BundleContents contents) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target) && !force) {
            throw new FileAlreadyExistsException(out + ": a bundle exists there; use --force to replace it");
        }
        Path tmp = PartFiles.tempSibling(target);
        try {
            Map<String, String> hashes = new TreeMap<>();
            hashes.put(LABELS, PartFiles.writeJson(tmp.resolve(LABELS), BundleJson.PRETTY, contents.labels()));
            hashes.put(CALIBRATION, PartFiles.writeJson(tmp.resolve(CALIBRATION), BundleJson.PRETTY, contents.calibration()));
            for (Map.Entry<String, Object> part : org.stancemap.stance.Heads.parts(contents.head()).entrySet()) {
                hashes.put(part.getKey(), PartFiles.writeJson(tmp.resolve(part.getKey()), BundleJson.COMPACT, part.getValue()));
            }
            if (contents.reference() != null) {
                hashes.put(REFERENCE_INDEX, PartFiles.writeJson(tmp.resolve(REFERENCE_INDEX), BundleJson.COMPACT, contents.reference().index()));
                byte[] vectors = contents.reference().vectorBytes();
                Files.write(tmp.resolve(REFERENCE_VECTORS), vectors);
                hashes.put(REFERENCE_VECTORS, DigestUtils.sha256Hex(vectors));
            }
            if (contents.topics() != null) {
                org.stancemap.topics.TopicStore.writeInto(tmp, contents.topics());
                for (String f : new String[] {org.stancemap.topics.TopicStore.MODEL, org.stancemap.topics.TopicStore.MANIFEST}) {
                    hashes.put(f, PartFiles.sha256(tmp.resolve(f)));
                }
            }
            String modelId = contents.head().head() + "-" + DigestUtils.sha256Hex(hashes.toString()).substring(0, 12);
            Manifest manifest = draft.withParts(modelId, new LinkedHashMap<>(hashes));
            PartFiles.writeJson(tmp.resolve(MANIFEST), BundleJson.PRETTY, manifest);
            PartFiles.moveIntoPlace(tmp, target);
            return manifest;
        } finally {
            PartFiles.deleteTree(tmp);
        }
    }
}
