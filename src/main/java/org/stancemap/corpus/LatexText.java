package org.stancemap.corpus;

import java.util.List;
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
        return WHITE.matcher(out).replaceAll(" ").strip();
    }
}
