package org.stancemap.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.codec.digest.DigestUtils;

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
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
        readableByAll(tmp);
        try {
            Map<String, String> hashes = new TreeMap<>();
            hashes.put(LABELS, writeJson(tmp.resolve(LABELS), contents.labels(), true));
            hashes.put(CALIBRATION, writeJson(tmp.resolve(CALIBRATION), contents.calibration(), true));
            for (Map.Entry<String, Object> part : HeadCodec.parts(contents.head()).entrySet()) {
                hashes.put(part.getKey(), writeJson(tmp.resolve(part.getKey()), part.getValue(), false));
            }
            if (contents.reference() != null) {
                hashes.put(REFERENCE_INDEX, writeJson(tmp.resolve(REFERENCE_INDEX), contents.reference().index(), false));
                byte[] vectors = contents.reference().vectorBytes();
                Files.write(tmp.resolve(REFERENCE_VECTORS), vectors);
                hashes.put(REFERENCE_VECTORS, DigestUtils.sha256Hex(vectors));
            }
            if (contents.topics() != null) {
                org.stancemap.topics.TopicStore.writeInto(tmp, contents.topics());
                for (String f : new String[] {org.stancemap.topics.TopicStore.MODEL, org.stancemap.topics.TopicStore.MANIFEST}) {
                    try (var in = Files.newInputStream(tmp.resolve(f))) {
                        hashes.put(f, DigestUtils.sha256Hex(in));
                    }
                }
            }
            String modelId = contents.head().head() + "-" + DigestUtils.sha256Hex(hashes.toString()).substring(0, 12);
            Manifest manifest = draft.withParts(modelId, new LinkedHashMap<>(hashes));
            writeJson(tmp.resolve(MANIFEST), manifest, true);
            moveIntoPlace(tmp, target);
            return manifest;
        } finally {
            deleteTree(tmp);
        }
    }

    private static String writeJson(Path file, Object value, boolean pretty) throws IOException {
        byte[] bytes = (pretty ? BundleJson.PRETTY : BundleJson.COMPACT).writeValueAsBytes(value);
        byte[] withNewline = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, withNewline, 0, bytes.length);
        withNewline[bytes.length] = '\n';
        Files.write(file, withNewline);
        return DigestUtils.sha256Hex(withNewline);
    }

    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Temporary directories are private by default; a bundle is meant to be shared and committed. */
    private static void readableByAll(Path dir) {
        try {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: keep the default permissions
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
