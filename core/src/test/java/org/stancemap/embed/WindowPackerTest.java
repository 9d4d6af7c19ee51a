package org.stancemap.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

class WindowPackerTest {

    /** Additive over spaces like WordPiece: a word of n characters makes ceil(n / 4) pieces. */
    private static final ToIntFunction<String> PIECES = text -> Arrays.stream(text.strip().split("\\s+"))
            .filter(w -> !w.isEmpty()).mapToInt(w -> (w.length() + 3) / 4).sum();

    @Test
    void emptyAndBlankInputGiveNoWindow() {
        WindowPacker p = new WindowPacker(10, PIECES);
        assertEquals(List.of(), p.pack(List.of()));
        assertEquals(List.of(), p.pack(List.of("", "   ", "\n")));
    }

    @Test
    void sentencesThatFitShareOneWindow() {
        WindowPacker p = new WindowPacker(10, PIECES);
        assertEquals(List.of(new WindowPacker.Window("aaaa bbbb. cc dd.", 5)), p.pack(List.of("aaaa bbbb.", " cc dd. ")));
    }

    @Test
    void aSentenceThatWouldOverflowStartsTheNextWindow() {
        WindowPacker p = new WindowPacker(3, PIECES);
        assertEquals(List.of(new WindowPacker.Window("a b", 2), new WindowPacker.Window("c d e", 3)),
                p.pack(List.of("a b", "c d e")));
    }

    @Test
    void aSentenceLongerThanAWindowIsSplitAtSpaces() {
        WindowPacker p = new WindowPacker(3, PIECES);
        assertEquals(List.of(new WindowPacker.Window("x one two", 3), new WindowPacker.Window("three four", 3),
                        new WindowPacker.Window("five six", 2)),
                p.pack(List.of("x", "one two three four five six")));
    }

    @Test
    void aWordLongerThanAWindowIsSplitAtCharacters() {
        WindowPacker p = new WindowPacker(2, PIECES);
        String word = "abcdefghijklmnopqrst"; // 5 pieces
        List<WindowPacker.Window> w = p.pack(List.of(word));
        assertEquals(List.of(new WindowPacker.Window("abcdefgh", 2), new WindowPacker.Window("ijklmnop", 2),
                new WindowPacker.Window("qrst", 1)), w);
    }

    @Test
    void rejectsAWindowWithoutRoom() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new WindowPacker(0, PIECES));
        assertEquals("Invalid maxPieces: 0 (expected >= 1)", e.getMessage());
    }

    @Test
    void randomTextKeepsOrderRespectsLimitsAndLosesNothing() {
        Random rnd = new Random(42);
        for (int trial = 0; trial < 500; trial++) {
            int max = 1 + rnd.nextInt(40);
            boolean hugeWords = trial % 2 == 1;
            List<String> sentences = randomSentences(rnd, hugeWords ? 4 * max + 8 : 4 * max - 1);
            List<WindowPacker.Window> windows = new WindowPacker(max, PIECES).pack(sentences);

            for (WindowPacker.Window w : windows) {
                assertTrue(w.wordPieces() >= 1 && w.wordPieces() <= max, () -> w + " breaks limit " + max);
                assertEquals(PIECES.applyAsInt(w.text()), w.wordPieces(), () -> "pieces of " + w);
            }
            StringBuilder in = new StringBuilder();
            sentences.forEach(in::append);
            StringBuilder out = new StringBuilder();
            windows.forEach(w -> out.append(w.text()));
            assertEquals(in.toString().replaceAll("\\s+", ""), out.toString().replaceAll("\\s+", ""),
                    "characters in order, none lost or repeated");
            if (!hugeWords) {
                assertEquals(words(String.join(" ", sentences)), words(String.join(" ", windows.stream().map(WindowPacker.Window::text).toList())),
                        "each word whole, in exactly one window");
                for (String s : sentences) {
                    if (PIECES.applyAsInt(s) <= max && !s.isBlank()) {
                        assertTrue(windows.stream().anyMatch(w -> w.text().contains(s.strip())), () -> "sentence kept whole: " + s);
                    }
                }
            }
        }
    }

    /** Words of up to {@code maxWordLength} letters, most of them short; the last one ends with '.'. */
    private static List<String> randomSentences(Random rnd, int maxWordLength) {
        List<String> sentences = new ArrayList<>();
        int n = rnd.nextInt(12);
        for (int i = 0; i < n; i++) {
            int words = rnd.nextInt(30);
            StringBuilder s = new StringBuilder(rnd.nextInt(5) == 0 ? "  " : "");
            for (int k = 0; k < words; k++) {
                int len = 1 + rnd.nextInt(rnd.nextInt(10) == 0 ? maxWordLength : Math.min(9, maxWordLength));
                for (int c = 0; c < len; c++) {
                    s.append((char) ('a' + rnd.nextInt(26)));
                }
                s.append(k + 1 < words ? (rnd.nextInt(8) == 0 ? "\t " : " ") : ".");
            }
            sentences.add(s.toString());
        }
        return sentences;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
