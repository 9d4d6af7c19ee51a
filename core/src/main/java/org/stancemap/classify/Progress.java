package org.stancemap.classify;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress display on a terminal: records done, rejected and rate, redrawn at most
 * every 200 ms. Silent when disabled. Not thread-safe (called by the writer thread only).
 */
final class Progress {
    private final PrintWriter err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    void update(long written, long rejected) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        double secs = (now - start) / 1e9;
        err.print(String.format(Locale.ROOT, "\rclassified %,d  rejected %,d  %,.0f records/s  %.0f s ",
                written, rejected, secs > 0 ? written / secs : 0, secs));
        err.flush();
        drawn = true;
    }

    void finish() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
