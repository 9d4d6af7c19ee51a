package org.stancemap.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * Packs the sentences of a text into windows of at most {@code maxPieces} word pieces, so that an
 * encoder with a fixed input length reads the whole text. Whole sentences are kept together when
 * they fit; a sentence longer than a window is split at spaces, and a single word longer than a
 * window (a long URL, say) at characters.
 *
 * <p>Guarantees: windows keep text order, each window has 1 to {@code maxPieces} pieces, and the
 * words of the windows, read in order, are the words of the input (a word split at characters
 * appears as consecutive fragments). Blank sentences are dropped, and so is a trailing run of
 * characters the tokenizer maps to no piece at all (control characters), which the model would not
 * see anyway.
 *
 * <p>The piece counter must be additive over space-joined text, {@code count(a + " " + b) ==
 * count(a) + count(b)}, which holds for BERT WordPiece tokenizers because they pre-split on
 * whitespace. Immutable; thread-safe when the counter is.
 */
public final class WindowPacker {

    /** One window: its text (units joined by single spaces) and its word-piece count. */
    public record Window(String text, int wordPieces) {
    }

    private final int maxPieces;
    private final ToIntFunction<String> counter;

    /**
     * @param maxPieces most word pieces per window, at least 1
     * @param counter   word pieces of a text without special tokens
     */
    public WindowPacker(int maxPieces, ToIntFunction<String> counter) {
        if (maxPieces < 1) {
            throw new IllegalArgumentException("Invalid maxPieces: " + maxPieces + " (expected >= 1)");
        }
        this.maxPieces = maxPieces;
        this.counter = Objects.requireNonNull(counter, "counter");
    }

    /** The most word pieces in one window. */
    public int maxPieces() {
        return maxPieces;
    }

    /** The windows of the text made of {@code sentences}; empty when no sentence holds a word. */
    public List<Window> pack(List<String> sentences) {
        Objects.requireNonNull(sentences, "sentences");
        Builder b = new Builder();
        for (String sentence : sentences) {
            Objects.requireNonNull(sentence, "sentence");
            String s = sentence.strip();
            if (s.isEmpty()) {
                continue;
            }
            int n = counter.applyAsInt(s);
            if (n <= maxPieces) {
                b.add(s, n);
            } else {
                addWords(b, s);
            }
        }
        return b.finish();
    }

    private void addWords(Builder b, String sentence) {
        for (String word : sentence.split("\\s+")) {
            int n = counter.applyAsInt(word);
            if (n <= maxPieces) {
                b.add(word, n);
            } else {
                addFragments(b, word);
            }
        }
    }

    /** Splits one over-long word into the longest prefixes that fit; a code point is one piece at most. */
    private void addFragments(Builder b, String word) {
        int start = 0;
        while (start < word.length()) {
            int lo = 1;
            int hi = word.codePointCount(start, word.length());
            // Largest k whose first k code points fit. Counts grow with length, almost monotonically;
            // the check below keeps the guarantee when they do not.
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (counter.applyAsInt(word.substring(start, word.offsetByCodePoints(start, mid))) <= maxPieces) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            int end = word.offsetByCodePoints(start, lo);
            String fragment = word.substring(start, end);
            int n = counter.applyAsInt(fragment);
            if (n > maxPieces) {
                throw new IllegalStateException("Piece counter gives " + n + " pieces for a fragment of "
                        + lo + " characters; expected at most " + maxPieces);
            }
            b.add(fragment, n);
            start = end;
        }
    }

    /** Accumulates units into the current window and starts a new one when the next does not fit. */
    private final class Builder {
        private final List<Window> windows = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int pieces;

        void add(String unit, int n) {
            if (pieces + n > maxPieces) {
                flush();
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(unit);
            pieces += n;
        }

        void flush() {
            if (pieces > 0) {
                windows.add(new Window(text.toString(), pieces));
            }
            text.setLength(0);
            pieces = 0;
        }

        List<Window> finish() {
            flush();
            return List.copyOf(windows);
        }
    }
}
