package org.stancemap.text;

import java.text.Normalizer;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Cleans raw abstract text before CoreNLP sees it. In order: unescapes HTML4 entities and then XML
 * entities ({@code &amp;lt;} becomes {@code <}), applies Unicode NFKC, drops control and format
 * characters, turns every kind of whitespace (line breaks, tabs, no-break spaces) into a single
 * space, trims, and puts back the space that exports often lose after a sentence-final period
 * ({@code evaluated.The assessment}).
 *
 * <p>Pure and stateless, so thread-safe.
 */
public final class TextNormalizer {

    /*
     * R Discovery and publisher exports glue sentences together ("was evaluated.The assessment",
     * "BCI or PMI.Meanwhile"); CoreNLP then sees one token and one sentence. Only a period between
     * letters that end a word in lowercase (or an acronym) and a capitalised word is opened up, so
     * "U.S.", "Ph.D.", "e.g." and "J.Smith" stay as they are.
     */
    static final Pattern GLUED_SENTENCE = Pattern.compile("(?<=\\p{L}\\p{Ll}|\\p{Lu}\\p{Lu})\\.(?=\\p{Lu}\\p{Ll})");

    private TextNormalizer() {
    }

    /**
     * Returns {@code text} cleaned as described in the class comment; the empty string when nothing
     * printable is left.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public static String normalize(String text) {
        Objects.requireNonNull(text, "text");
        // HTML4 first: it knows the named entities (&nbsp;, &rsquo;) and numeric ones; XML after it
        // catches &apos; and one more level of escaping, which exports sometimes double.
        // Every entity starts with '&': without one the unescapers would copy the text unchanged,
        // character by character (a few per cent of the fast path).
        String s = text.indexOf('&') < 0 ? text : StringEscapeUtils.unescapeXml(StringEscapeUtils.unescapeHtml4(text));
        // NFKC folds ligatures, full-width forms and no-break spaces into their plain forms.
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        s = cleanSpacesAndControls(s);
        return s.indexOf('.') < 0 ? s : unglue(s);
    }

    /**
     * What {@code GLUED_SENTENCE.matcher(s).replaceAll(". ")} gives, in one pass without the
     * pattern (it ran at every period of every text); the pattern itself decides next to a
     * surrogate pair, where its look-behind counts UTF-16 units.
     */
    static String unglue(String s) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = s.indexOf('.'); i >= 0; i = s.indexOf('.', i + 1)) {
            int glued = gluedAt(s, i);
            if (glued < 0) {
                return GLUED_SENTENCE.matcher(s).replaceAll(". ");
            }
            if (glued == 1) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 16);
                }
                out.append(s, copied, i).append(". ");
                copied = i + 1;
            }
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /**
     * The pattern's test at the period {@code s[i]}: 1 when (letter, lowercase) or (uppercase,
     * uppercase) come before it and (uppercase, lowercase) after it, 0 when not, -1 when a
     * surrogate is among those four units.
     */
    private static int gluedAt(String s, int i) {
        if (i < 2 || i + 2 >= s.length()) {
            return 0;
        }
        char b2 = s.charAt(i - 2);
        char b1 = s.charAt(i - 1);
        char a1 = s.charAt(i + 1);
        char a2 = s.charAt(i + 2);
        if (Character.isSurrogate(b2) || Character.isSurrogate(b1) || Character.isSurrogate(a1) || Character.isSurrogate(a2)) {
            return -1;
        }
        boolean before = (Character.isLetter(b2) && Character.getType(b1) == Character.LOWERCASE_LETTER)
                || (Character.getType(b2) == Character.UPPERCASE_LETTER && Character.getType(b1) == Character.UPPERCASE_LETTER);
        boolean after = Character.getType(a1) == Character.UPPERCASE_LETTER && Character.getType(a2) == Character.LOWERCASE_LETTER;
        return before && after ? 1 : 0;
    }

    private static String cleanSpacesAndControls(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                pendingSpace = out.length() > 0;
            } else if (!isDropped(cp)) {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    private static boolean isSpace(int cp) {
        // isWhitespace misses the no-break spaces that NFKC does not fold (U+2007, U+202F) and
        // NEL (U+0085), which is a control character but ends a line.
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }

    private static boolean isDropped(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL
                || type == Character.FORMAT // soft hyphen, zero-width space, byte-order mark
                || type == Character.SURROGATE // a lone surrogate: the pair was broken upstream
                || (cp & 0xFFFE) == 0xFFFE
                || (cp >= 0xFDD0 && cp <= 0xFDEF);
    }
}
