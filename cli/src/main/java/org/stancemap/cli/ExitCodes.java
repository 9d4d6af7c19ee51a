package org.stancemap.cli;

/** The process exit codes of the {@code stancemap} command. */
public final class ExitCodes {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** The command failed: bad input file, I/O error, or rejects under {@code --strict}. */
    public static final int FAILURE = 1;
    /** The command line was wrong (unknown option, missing argument, invalid value). */
    public static final int USAGE = 2;

    private ExitCodes() {}
}
