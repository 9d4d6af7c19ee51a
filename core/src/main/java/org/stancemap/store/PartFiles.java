package org.stancemap.store;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Files of a stored model directory (a model bundle, a topic model): each part is written with its
 * SHA-256, checked against it on load, and the whole directory is built in a temporary sibling and
 * renamed into place. Stateless.
 */
public final class PartFiles {
    private PartFiles() {}

    /** Writes {@code value} as JSON followed by '\n' and returns the SHA-256 of the bytes written. */
    public static String writeJson(Path file, ObjectWriter writer, Object value) throws IOException {
        byte[] bytes = writer.writeValueAsBytes(value);
        byte[] withNewline = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, withNewline, 0, bytes.length);
        withNewline[bytes.length] = '\n';
        Files.write(file, withNewline);
        return DigestUtils.sha256Hex(withNewline);
    }

    /** SHA-256 of a file's bytes, as 64 lowercase hex digits. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return DigestUtils.sha256Hex(in);
        }
    }

    /**
     * Checks that part {@code name} of {@code dir} exists and has the recorded SHA-256.
     *
     * @throws IOException naming the directory and the part when the name is not a plain file name,
     *                     the file is missing or its content was altered
     */
    public static void checkPart(Path dir, String name, String sha256) throws IOException {
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IOException(dir + ": manifest names an invalid part '" + name + "'");
        }
        Path p = dir.resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new NoSuchFileException(dir + ": part " + name + " is missing");
        }
        String actual = sha256(p);
        if (!actual.equals(sha256)) {
            throw new IOException(dir + ": part " + name + " was altered (SHA-256 " + actual.substring(0, 12)
                    + "..., manifest says " + (sha256 == null ? "nothing" : sha256.substring(0, Math.min(12, sha256.length())))
                    + "...)");
        }
    }

    /** A new temporary directory beside {@code target}, readable by all (a model is meant to be shared). */
    public static Path tempSibling(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".tmp-");
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep the default permissions
        }
        return tmp;
    }

    /**
     * Renames the finished directory {@code tmp} to {@code target}, replacing an existing one only
     * once the new one is in place (the old one is restored when the rename fails).
     */
    public static void moveIntoPlace(Path tmp, Path target) throws IOException {
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

    /** Deletes a directory and everything in it; nothing when it does not exist. */
    public static void deleteTree(Path dir) throws IOException {
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
