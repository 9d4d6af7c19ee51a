package org.stancemap.cli;

import picocli.CommandLine.Option;

/** Options of every long-running command: quiet and strict. */
final class RunOptions {
    @Option(names = {"-q", "--quiet"}, description = "No progress display.")
    boolean quiet;

    @Option(names = "--strict", description = "Exit with status 1 when any input record is rejected.")
    boolean strict;

    /**
     * Draw progress: not quiet, and the error stream is a terminal (the launcher tests that with
     * {@code [ -t 2 ]} and passes it as {@code -Dstancemap.stderr.tty=1}; Java cannot tell by itself).
     */
    boolean progress() {
        return !quiet && "1".equals(System.getProperty("stancemap.stderr.tty"));
    }

    boolean strict() {
        return strict;
    }
}
