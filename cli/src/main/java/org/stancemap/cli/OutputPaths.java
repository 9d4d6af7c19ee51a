package org.stancemap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses, before anything is read, output paths that would destroy an input or another output of
 * the same run: an output file that is an input ({@code classify F.jsonl --out F.jsonl}), two
 * outputs that are one file ({@code --rejects} equal to {@code --out}), or an output directory that
 * is replaced whole and holds an input ({@code train --corpus B/x.jsonl --out B --force}). Paths
 * are compared as real paths: symbolic links are followed, {@code ..} and relative paths resolved,
 * and hard links to one file are caught by {@link Files#isSameFile}. It also checks that each output
 * file can be created: its folder exists, is a folder and is writable, and the file is not a
 * directory. Build one per command run; not thread-safe.
 */
final class OutputPaths {

    private record Named(String what, Path path, Path real, boolean createsFolder) {
        Named(String what, Path path, boolean createsFolder) {
            this(what, path, OutputPaths.real(path), createsFolder);
        }
    }

    private final List<Named> inputs = new ArrayList<>();
    private final List<Named> files = new ArrayList<>();
    private final List<Named> trees = new ArrayList<>();

    /** Registers input files or directories named by {@code option} (null entries are skipped). */
    OutputPaths input(String option, List<Path> paths) {
        for (Path p : paths) {
            input(option, p);
        }
        return this;
    }

    /** Registers one input named by {@code option}; null is skipped. */
    OutputPaths input(String option, Path p) {
        if (p != null) {
            inputs.add(new Named(option, p, false));
        }
        return this;
    }

    /**
     * Registers an output file named by {@code option} whose folder must exist; null (option not
     * given) is skipped.
     */
    OutputPaths file(String option, Path p) {
        if (p != null) {
            files.add(new Named(option, p, false));
        }
        return this;
    }

    /** As {@link #file(String, Path)} for a file whose missing folders the command creates. */
    OutputPaths fileCreatingFolders(String option, Path p) {
        if (p != null) {
            files.add(new Named(option, p, true));
        }
        return this;
    }

    /**
     * Registers an output directory that the command writes only {@code names} into (a report
     * directory): each name is an output file, and the directory itself must not be an input file.
     */
    OutputPaths dirOf(String option, Path dir, String... names) {
        if (dir != null) {
            if (Files.isRegularFile(dir)) {
                throw new UserException(option + " " + dir + ": is a file, expected a directory");
            }
            for (String n : names) {
                files.add(new Named(option + " (" + n + ")", dir.resolve(n), true));
            }
        }
        return this;
    }

    /** Registers an output directory that is replaced whole (a bundle): no input may lie in it. */
    OutputPaths tree(String option, Path dir) {
        if (dir != null) {
            trees.add(new Named(option, dir, true));
        }
        return this;
    }

    /**
     * Checks every registered output against the inputs and the other outputs.
     *
     * @throws UserException naming both options and paths, e.g. {@code --out F.jsonl is the input
     *                       F.jsonl: refusing to overwrite an input}
     */
    void check() {
        for (int i = 0; i < files.size(); i++) {
            Named out = files.get(i);
            requireCreatable(out);
            for (Named in : inputs) {
                if (same(out, in)) {
                    throw new UserException(out.what + " " + out.path + " is the input " + in.path + " (" + in.what
                            + "): refusing to overwrite an input; write the output elsewhere");
                }
            }
            for (int j = 0; j < i; j++) {
                Named other = files.get(j);
                if (same(out, other)) {
                    throw new UserException(out.what + " " + out.path + " is the same file as " + other.what + " "
                            + other.path + ": one output would overwrite the other");
                }
            }
        }
        for (Named tree : trees) {
            for (Named in : inputs) {
                if (in.real.startsWith(tree.real) || same(tree, in)) {
                    throw new UserException(tree.what + " " + tree.path + " would be replaced, and it holds the input "
                            + in.path + " (" + in.what + "): write the output elsewhere or move the input out");
                }
            }
            for (Named out : files) {
                if (out.real.startsWith(tree.real)) {
                    throw new UserException(out.what + " " + out.path + " lies inside " + tree.what + " " + tree.path
                            + ", which is replaced whole: write it elsewhere");
                }
            }
        }
    }

    /** The folder exists (or the nearest existing one, when the command creates folders) and is writable; the path is not a directory. */
    private static void requireCreatable(Named out) {
        if (Files.isDirectory(out.path)) {
            throw new UserException(out.what + " " + out.path + ": is a directory, expected a file name");
        }
        Path folder = out.path.toAbsolutePath().getParent();
        while (out.createsFolder && folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        if (folder == null) {
            return;
        }
        if (!Files.exists(folder)) {
            throw new UserException(out.what + " " + out.path + ": cannot write: no such folder " + folder);
        }
        if (!Files.isDirectory(folder)) {
            throw new UserException(out.what + " " + out.path + ": cannot write: " + folder + " is not a folder");
        }
        if (!Files.isWritable(folder)) {
            throw new UserException(out.what + " " + out.path + ": cannot write: permission denied in folder " + folder);
        }
    }

    private static boolean same(Named a, Named b) {
        if (a.real.equals(b.real)) {
            return true;
        }
        try {
            return Files.exists(a.path) && Files.exists(b.path) && Files.isSameFile(a.path, b.path);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The real path of {@code p} when it exists; else the real path of its nearest existing
     * ancestor with the rest appended, so that a new file in a linked folder compares equal to the
     * same file named through the link. A dangling link counts as the path it points to.
     */
    static Path real(Path p) {
        return real(p, 0);
    }

    private static Path real(Path p, int depth) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            if (!Files.exists(existing) && depth < 40) { // a dangling link: where it points
                Path target = existing.resolveSibling(Files.readSymbolicLink(existing));
                return real(target.resolve(existing.relativize(abs)), depth + 1);
            }
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException | UnsupportedOperationException e) {
            return abs;
        }
    }
}
