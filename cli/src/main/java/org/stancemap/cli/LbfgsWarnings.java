package org.stancemap.cli;

import java.io.PrintStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts Smile's "L-BFGS reaches maximum ... iterations" warnings during a step instead of letting
 * them flood the terminal, so that the command reports them once in its summary. Smile logs through
 * SLF4J's simple logger, which writes to whatever {@link System#err} is at the time of each message;
 * for the step, {@code System.err} is a stream that counts those lines and passes every other line
 * on. One step at a time (it swaps a global stream).
 */
final class LbfgsWarnings {
    static final String MARKER = "L-BFGS reaches maximum";

    private LbfgsWarnings() {}

    /** A step's result and how many L-BFGS warnings it logged. */
    record Counted<T>(T value, int warnings) {
        /** A line for the user, or null when there was no warning. */
        String note() {
            return warnings == 0 ? null : "note: Smile's L-BFGS stopped at its iteration limit " + warnings + " time(s) while"
                    + " fitting logistic regressions (tf-idf or embedding heads, Platt scaling); those fits are used as they"
                    + " stopped, and their figures above include them";
        }
    }

    /** A step of work that may fail with an {@link IOException}. */
    @FunctionalInterface
    interface Step<T> {
        T call() throws IOException;
    }

    static synchronized <T> Counted<T> run(Step<T> step) throws IOException {
        PrintStream original = System.err;
        AtomicInteger count = new AtomicInteger();
        PrintStream counting = new PrintStream(original, true) {
            @Override
            public void println(String line) {
                if (line != null && line.contains(MARKER)) {
                    count.incrementAndGet();
                } else {
                    super.println(line);
                }
            }
        };
        System.setErr(counting);
        try {
            return new Counted<>(step.call(), count.get());
        } finally {
            System.setErr(original);
        }
    }
}
