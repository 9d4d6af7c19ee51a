package org.stancemap.topics;

import cc.mallet.topics.ParallelTopicModel;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps MALLET quiet: its loggers at WARNING (it logs progress at INFO through java.util.logging),
 * and {@link #withoutStderr} around the few calls that print to {@code System.err}
 * unconditionally: the first use of {@code MalletLogger} and the {@code MarginalProbEstimator}
 * constructor ("Topic Evaluator: ..."). MALLET prints to stdout only in error paths of its samplers.
 */
final class MalletQuiet {
    // strong references: java.util.logging keeps loggers weakly, and a collected logger loses its level
    private static final Logger MALLET = Logger.getLogger("cc.mallet");
    private static final Object ERR_LOCK = new Object();

    static {
        MALLET.setLevel(Level.WARNING);
        // the first MALLET logger initialises MalletLogger, which prints to stderr that the
        // logging.properties it looks for is not in the jar (it is not, in 2.0.8)
        withoutStderr(() -> {
            ParallelTopicModel.logger.setLevel(Level.WARNING);
            return null;
        });
    }

    private MalletQuiet() {}

    /** Applies the logger levels (idempotent; runs once per class load). */
    static void init() {
        // the static initialiser does the work
    }

    /**
     * Runs {@code call} with {@code System.err} swapped for a sink. The swap is global, so it is
     * kept to single constructor calls of a few microseconds; another thread's stderr output in
     * that window is lost, which is the price of MALLET printing unconditionally.
     */
    static <T> T withoutStderr(Supplier<T> call) {
        synchronized (ERR_LOCK) {
            PrintStream err = System.err;
            System.setErr(new PrintStream(OutputStream.nullOutputStream()));
            try {
                return call.get();
            } finally {
                System.setErr(err);
            }
        }
    }
}
