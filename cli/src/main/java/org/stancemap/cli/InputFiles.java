package org.stancemap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks input files before a command reads anything, so that a missing, unreadable or wrong-kind
 * path fails at once with the path and the reason instead of deep inside a run. Stateless.
 */
final class InputFiles {
    private InputFiles() {}

    /**
     * Checks that every path of {@code files} is a readable regular file.
     *
     * @param kind what the files are, for the message, e.g. {@code input} or {@code corpus}
     * @throws UserException naming the first bad path and why: {@code no such <kind> file},
     *                       {@code is a directory, not a file}, or {@code permission denied}
     */
    static void requireReadable(String kind, List<Path> files) {
        for (Path p : files) {
            requireReadable(kind, p);
        }
    }

    /** As {@link #requireReadable(String, List)} for one file. */
    static void requireReadable(String kind, Path p) {
        if (Files.isDirectory(p)) {
            throw new UserException(p + ": is a directory, not a file");
        }
        if (!Files.exists(p)) {
            throw new UserException(p + ": no such " + kind + " file" + missingFolder(p));
        }
        if (!Files.isRegularFile(p)) {
            throw new UserException(p + ": is not a regular file (a device or a pipe?)");
        }
        if (!Files.isReadable(p)) {
            throw new UserException(p + ": permission denied: cannot read the " + kind + " file");
        }
    }

    /** Says so when the file's folder is missing too, the likelier mistake then. */
    private static String missingFolder(Path p) {
        Path parent = p.toAbsolutePath().getParent();
        return parent != null && !Files.isDirectory(parent) ? " (no such folder " + parent + ")" : "";
    }
}
