package org.stancemap.corpus;

/**
 * The longest text that is analysed: {@value #MAX_CHARS} characters, about ten times the longest
 * real abstract, so that one pasted full text (5 MB took 235 s) cannot stall a run. A longer text is
 * cut at the last sentence end ({@code .}, {@code !} or {@code ?} before a space) in its final
 * {@value #SENTENCE_WINDOW} characters, else at the last space, else at the limit itself (never
 * inside a surrogate pair). Stateless.
 */
public final class TextLimit {

    /** Characters kept at most. */
    public static final int MAX_CHARS = 20_000;

    /** How far back from the limit a sentence end or a space is looked for. */
    static final int SENTENCE_WINDOW = 2_000;

    private TextLimit() {}

    /** True when {@code text} is longer than {@link #MAX_CHARS} and {@link #cut} shortens it. */
    public static boolean exceeds(String text) {
        return text.length() > MAX_CHARS;
    }

    /** {@code text} itself when within the limit, else its start cut at a boundary as described above. */
    public static String cut(String text) {
        return cut(text, MAX_CHARS);
    }

    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int from = Math.max(1, max - SENTENCE_WINDOW);
        for (int i = max - 1; i >= from; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
                return text.substring(0, i + 1);
            }
        }
        for (int i = max; i >= from; i--) {
            if (Character.isWhitespace(text.charAt(i)) && !text.substring(0, i).isBlank()) {
                return text.substring(0, i).stripTrailing();
            }
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    /** {@code r}, or a copy whose text is {@link #cut} when it {@link #exceeds} the limit. */
    public static AbstractRecord apply(AbstractRecord r) {
        return exceeds(r.text()) ? r.withText(cut(r.text())) : r;
    }
}
