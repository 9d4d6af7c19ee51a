package org.stancemap.corpus;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.LaTeXObject;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;

/**
 * LaTeX field values as plain Unicode text through jbibtex's {@link LaTeXParser} and
 * {@link LaTeXPrinter}: accents ({@code \"{o}}, {@code {\'e}}) become precomposed letters, escapes
 * ({@code \%}, {@code \&}) their characters, groups lose their braces and formatting commands
 * ({@code \textit{...}}) keep their argument. What jbibtex cannot parse (unbalanced braces, math)
 * loses only its braces and backslashes. Not thread-safe (one instance per reader).
 */
final class LatexText {

    private static final Pattern MARKUP = Pattern.compile("[{}]|\\\\(?=[A-Za-z])|\\\\(?=[%&$#_])");
    private static final Pattern WHITE = Pattern.compile("\\s+");

    /** Accents jbibtex's printer drops ({@code \\H}, accents on {@code \\i}): made combining marks, then composed. */
    private static final Pattern SYMBOL_ACCENT = Pattern.compile("\\\\([`'^\"~=.])\\s*(?:\\{\\s*(\\\\?[A-Za-z])\\s*\\}|(\\\\?[A-Za-z]))");
    private static final Pattern LETTER_ACCENT = Pattern.compile("\\\\([uvHckbdr])(?:\\s*\\{\\s*(\\\\?[A-Za-z])\\s*\\}|\\s+([A-Za-z]))");
    private static final Pattern DOTLESS = Pattern.compile("\\\\([ij])(?![A-Za-z])\\s*");
    private static final java.util.Map<Character, Character> MARKS = java.util.Map.ofEntries(
            java.util.Map.entry('`', '\u0300'), java.util.Map.entry('\'', '\u0301'), java.util.Map.entry('^', '\u0302'),
            java.util.Map.entry('"', '\u0308'), java.util.Map.entry('~', '\u0303'), java.util.Map.entry('=', '\u0304'),
            java.util.Map.entry('.', '\u0307'), java.util.Map.entry('u', '\u0306'), java.util.Map.entry('v', '\u030C'),
            java.util.Map.entry('H', '\u030B'), java.util.Map.entry('c', '\u0327'), java.util.Map.entry('k', '\u0328'),
            java.util.Map.entry('b', '\u0331'), java.util.Map.entry('d', '\u0323'), java.util.Map.entry('r', '\u030A'));

    private final LaTeXParser parser;
    private final LaTeXPrinter printer = new LaTeXPrinter();

    LatexText() {
        try {
            this.parser = new LaTeXParser();
        } catch (ParseException e) {
            throw new IllegalStateException("jbibtex's LaTeX parser did not start", e);
        }
    }

    /** {@code latex} as plain text, white space collapsed; null for null. */
    String plain(String latex) {
        if (latex == null) {
            return null;
        }
        String out;
        if (latex.indexOf('\\') >= 0) {
            latex = accents(latex);
        }
        if (latex.indexOf('\\') < 0 && latex.indexOf('{') < 0 && latex.indexOf('~') < 0) {
            out = latex;
        } else {
            try {
                List<LaTeXObject> objects = parser.parse(latex);
                out = printer.print(objects);
            } catch (ParseException | RuntimeException e) {
                out = MARKUP.matcher(latex).replaceAll("");
            }
        }
        return java.text.Normalizer.normalize(WHITE.matcher(out).replaceAll(" ").strip(), java.text.Normalizer.Form.NFC);
    }

    private static String accents(String s) {
        java.util.function.Function<java.util.regex.MatchResult, String> combine = m -> {
            String letter = m.group(2) != null ? m.group(2) : m.group(3);
            letter = letter.startsWith("\\") ? letter.substring(1) : letter; // \\"{\\i}: the accent goes on a plain i
            return Matcher.quoteReplacement(letter + MARKS.get(m.group(1).charAt(0)));
        };
        String t = SYMBOL_ACCENT.matcher(s).replaceAll(combine);
        t = LETTER_ACCENT.matcher(t).replaceAll(combine);
        return DOTLESS.matcher(t).replaceAll(m -> m.group(1).equals("i") ? "\u0131" : "\u0237");
    }
}
