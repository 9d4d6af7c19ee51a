package org.stancemap.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import smile.nlp.dictionary.EnglishStopWords;

/**
 * Builds the token filter chain by name, like Lucene's {@code CustomAnalyzer}. A step is named by a
 * spec {@code name} or {@code name=value}:
 * <ul>
 *   <li>{@code lowercase}: lowercases with {@link Locale#ROOT};</li>
 *   <li>{@code punctuation}: drops tokens that contain no letter and no digit;</li>
 *   <li>{@code numbers=drop|mask|keep}: drops numbers, replaces them with {@value #NUMBER_MASK}, or
 *       keeps them; a number is a token of digits and {@code . , : / - %} that starts with a
 *       digit or sign ({@code 2014}, {@code 3.10%}, {@code 1,000}, {@code 2012-2021}), so
 *       {@code 19th} and {@code COVID19} are words;</li>
 *   <li>{@code stopwords=english|none}: drops the words of Smile's {@link EnglishStopWords#DEFAULT}
 *       list (385 words, compared lowercased), or nothing; that list also holds {@code system},
 *       {@code found}, {@code show}, {@code part} and {@code interest}, so "social credit system"
 *       keeps only "social credit";</li>
 *   <li>{@code minLength=N}: drops tokens shorter than N code points.</li>
 * </ul>
 * All steps are immutable and thread-safe.
 */
public final class TokenSteps {

    /** What {@code numbers=mask} puts in place of a number. */
    public static final String NUMBER_MASK = "<num>";

    private static final String EXPECTED =
            "lowercase, punctuation, numbers=drop|mask|keep, stopwords=english|none or minLength=N";

    private static final Pattern NUMBER = Pattern.compile("[+\\-\u2212]?\\p{Nd}[\\p{Nd}.,:/\u2044%\\-\u2013]*");

    private TokenSteps() {
    }

    /**
     * The chain for {@code settings}, in the fixed order lowercase, punctuation, numbers, stop
     * words, minimum length; lowercase and punctuation are left out when switched off.
     */
    public static Chain fromSettings(AnalyzerSettings settings) {
        List<String> specs = new ArrayList<>();
        if (settings.lowercase()) {
            specs.add("lowercase");
        }
        if (settings.punctuation()) {
            specs.add("punctuation");
        }
        specs.add("numbers=" + settings.numbers());
        specs.add("stopwords=" + settings.stopwords());
        specs.add("minLength=" + settings.minLength());
        return chain(specs);
    }

    /**
     * A chain of the named steps, applied in list order.
     *
     * @throws IllegalArgumentException for a bad spec, as {@link #named(String)}
     */
    public static Chain chain(List<String> specs) {
        return new Chain(specs.stream().map(TokenSteps::named).toList());
    }

    /**
     * The step named by {@code spec} (see the class comment).
     *
     * @throws IllegalArgumentException naming the spec and what was expected, for an unknown name,
     *                                  a missing, superfluous or invalid value
     */
    public static TokenStep named(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("Invalid token step: '" + spec + "' (expected " + EXPECTED + ")");
        }
        int eq = spec.indexOf('=');
        String name = (eq < 0 ? spec : spec.substring(0, eq)).trim();
        String value = eq < 0 ? null : spec.substring(eq + 1).trim();
        return switch (name) {
            case "lowercase" -> {
                noValue(name, value);
                yield new PerToken(name, t -> t.toLowerCase(Locale.ROOT));
            }
            case "punctuation" -> {
                noValue(name, value);
                yield new PerToken(name, t -> hasLetterOrDigit(t) ? t : null);
            }
            case "numbers" -> switch (String.valueOf(value)) {
                case "drop" -> new PerToken(name + "=" + value, t -> isNumber(t) ? null : t);
                case "mask" -> new PerToken(name + "=" + value, t -> isNumber(t) ? NUMBER_MASK : t);
                case "keep" -> new PerToken(name + "=" + value, t -> t);
                default -> throw badValue(name, value, "drop, mask or keep");
            };
            case "stopwords" -> switch (String.valueOf(value)) {
                case "english" -> new PerToken(name + "=" + value,
                        t -> EnglishStopWords.DEFAULT.contains(t.toLowerCase(Locale.ROOT)) ? null : t);
                case "none" -> new PerToken(name + "=" + value, t -> t);
                default -> throw badValue(name, value, "english or none");
            };
            case "minLength" -> {
                int min = parseMinLength(value);
                yield new PerToken(name + "=" + min, t -> t.codePointCount(0, t.length()) < min ? null : t);
            }
            default -> throw new IllegalArgumentException("Unknown token step: '" + name + "' (expected " + EXPECTED + ")");
        };
    }

    /** True if {@code token} counts as a number for the {@code numbers} step. */
    static boolean isNumber(String token) {
        // A number starts with a sign or a digit: most tokens are refused by their first character
        // without running the pattern.
        if (token.isEmpty()) {
            return false;
        }
        char c = token.charAt(0);
        if (c != '+' && c != '-' && c != '\u2212' && !Character.isDigit(token.codePointAt(0))) {
            return false;
        }
        return NUMBER.matcher(token).matches();
    }

    /** Whether {@code t} holds a letter or a digit (any script). */
    static boolean hasLetterOrDigit(String t) {
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static void noValue(String name, String value) {
        if (value != null) {
            throw new IllegalArgumentException("Token step '" + name + "' takes no value, got '" + value + "'");
        }
    }

    private static int parseMinLength(String value) {
        try {
            int min = Integer.parseInt(String.valueOf(value));
            if (min >= 1) {
                return min;
            }
        } catch (NumberFormatException e) {
            // reported below, with the value
        }
        throw badValue("minLength", value, "an integer >= 1");
    }

    private static IllegalArgumentException badValue(String name, String value, String expected) {
        return new IllegalArgumentException(
                "Invalid value for token step '" + name + "': '" + value + "' (expected " + expected + ")");
    }

    /** A step that maps every token on its own: to itself, to a replacement, or to null to drop it. */
    private static final class PerToken implements TokenStep {
        private final String spec;
        private final UnaryOperator<String> map;

        PerToken(String spec, UnaryOperator<String> map) {
            this.spec = spec;
            this.map = map;
        }

        @Override
        public List<String> apply(List<String> tokens) {
            List<String> out = new ArrayList<>(tokens.size());
            for (String t : tokens) {
                String r = map.apply(t);
                if (r != null) {
                    out.add(r);
                }
            }
            return out;
        }

        @Override
        public String toString() {
            return spec;
        }
    }

    /**
     * Named steps applied in order. Immutable and thread-safe; {@link #toString()} gives the specs,
     * comma-separated, for logs and provenance.
     */
    public static final class Chain implements TokenStep {
        private final List<TokenStep> steps;

        private Chain(List<TokenStep> steps) {
            this.steps = List.copyOf(steps);
        }

        @Override
        public List<String> apply(List<String> tokens) {
            List<String> out = tokens;
            for (TokenStep step : steps) {
                out = step.apply(out);
            }
            return Collections.unmodifiableList(out == tokens ? new ArrayList<>(tokens) : out);
        }

        /** The specs of the steps, in order. */
        public List<String> specs() {
            return steps.stream().map(Object::toString).toList();
        }

        @Override
        public String toString() {
            return String.join(",", specs());
        }
    }
}
