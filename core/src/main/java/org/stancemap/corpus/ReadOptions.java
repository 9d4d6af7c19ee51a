package org.stancemap.corpus;

import java.io.IOException;

/**
 * Settings for reading inputs that the content cannot always tell.
 *
 * @param delimiter the CSV field separator, or null to find it from the header row (comma,
 *                  semicolon or tab, whichever occurs most often outside quotes)
 */
public record ReadOptions(Character delimiter) {

    /** Nothing overridden. */
    public static final ReadOptions DEFAULTS = new ReadOptions(null);

    private static final ThreadLocal<ReadOptions> CURRENT = ThreadLocal.withInitial(() -> DEFAULTS);

    public ReadOptions {
        if (delimiter != null && (delimiter == '"' || delimiter == '\n' || delimiter == '\r')) {
            throw new IllegalArgumentException("Invalid delimiter: '" + delimiter + "' (a quote or line break cannot separate fields)");
        }
    }

    /**
     * The options of the calling thread: {@link #DEFAULTS} outside {@link #call}. They reach readers
     * opened by code that takes only a format (such as the batch classifier).
     */
    public static ReadOptions current() {
        return CURRENT.get();
    }

    /** Work that reads inputs. */
    @FunctionalInterface
    public interface Body<T> {
        /** Does the work. */
        T run() throws IOException;
    }

    /** Runs {@code body} with these options as {@link #current()} on this thread, then restores the previous ones. */
    public <T> T call(Body<T> body) throws IOException {
        ReadOptions before = CURRENT.get();
        CURRENT.set(this);
        try {
            return body.run();
        } finally {
            CURRENT.set(before);
        }
    }

    /**
     * The delimiter named by an option value: one character, or {@code tab}, {@code comma},
     * {@code semicolon}, {@code \t}.
     *
     * @throws IllegalArgumentException naming the value otherwise
     */
    public static Character parseDelimiter(String s) {
        if (s == null) {
            return null;
        }
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "tab", "\\t", "\t" -> '\t';
            case "comma" -> ',';
            case "semicolon" -> ';';
            default -> {
                if (s.length() != 1) {
                    throw new IllegalArgumentException("Invalid delimiter: '" + s + "' (expected one character, tab, comma or semicolon)");
                }
                yield s.charAt(0);
            }
        };
    }
}
