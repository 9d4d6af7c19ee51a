package org.stancemap.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A UTF-8 text file that appears at its target path whole or not at all: text goes to a temporary
 * file in the target's directory, and only {@link #commit()} moves it into place (an atomic rename
 * where the file system has one, else a replacing move). {@link #close()} without a commit deletes
 * the temporary file and leaves the target as it was, so a failure half-way leaves no half file.
 * Not thread-safe.
 */
public final class AtomicFile implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final Writer writer;
    private boolean committed;
    private boolean closed;

    private AtomicFile(Path target, Path temp, Writer writer) {
        this.target = target;
        this.temp = temp;
        this.writer = writer;
    }

    /**
     * Starts writing {@code target}; its directory must exist.
     *
     * @throws IOException when the temporary file cannot be created there; the message names
     *                     {@code target} and the reason (no such folder, permission denied)
     */
    public static AtomicFile create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp;
        try {
            temp = createTemp(dir, "." + absolute.getFileName() + ".");
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(target.toString(), null, "cannot write: no such folder " + dir);
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(target.toString(), null, "cannot write: permission denied in folder " + dir);
        } catch (FileSystemException e) {
            throw new FileSystemException(target.toString(), null, "cannot write: " + e.getReason() + " (" + dir + ")");
        }
        try {
            Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), encoder()), 1 << 16);
            return new AtomicFile(target, temp, w);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /**
     * UTF-8 that writes an unpaired surrogate as U+FFFD instead of failing: readers reject records
     * holding one, so this only guards against a run dying at write time over a char it cannot encode.
     */
    private static CharsetEncoder encoder() {
        return StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD});
    }

    /**
     * A new empty file in {@code dir}. Not {@link Files#createTempFile}: its owner-only permissions
     * would carry over to the target, where the usual umask-derived ones are expected.
     */
    private static Path createTemp(Path dir, String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = dir.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    /** The writer of the content; not to be closed by the caller. */
    public Writer writer() {
        if (closed) {
            throw new IllegalStateException("file " + target + " is already " + (committed ? "committed" : "closed"));
        }
        return writer;
    }

    /** The path the file will have once committed. */
    public Path target() {
        return target;
    }

    /**
     * Flushes and moves the file into place, replacing any file there.
     *
     * @throws IOException when writing or moving fails; the temporary file is then deleted
     * @throws IllegalStateException when already committed or closed
     */
    public void commit() throws IOException {
        writer();
        closed = true;
        try {
            writer.close();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        } finally {
            if (!committed) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Without a prior {@link #commit()}: abandons the content and deletes the temporary file. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            writer.close();
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
