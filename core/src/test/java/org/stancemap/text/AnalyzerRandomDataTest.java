package org.stancemap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stancemap.text.AnalyzerSettings.Mode;
import smile.nlp.dictionary.EnglishStopWords;

/**
 * Hostile and random text, after Lucene's {@code checkRandomData}: no exception in either mode, and
 * every output obeys the filter contract. The generator is seeded, so a failure replays exactly.
 */
class AnalyzerRandomDataTest {

    private static final long SEED = 20240521L;

    private static final String[] PIECES = {
        "social", "credit", "system", "China\u2019s", "don't", "data-driven", "A-shares", "3.10%", "1,000", "2014", "19th",
        ".", ",", ";", ":", "!", "?", "...", "(", ")", "[", "]", "{", "}", "\"", "\u201C", "\u201D", "'", "\u00AB", "\u00BB",
        "-", "--", "\u2014", "/", "\\", "&", "&amp;", "&lt;", "&#8217;", "&#xZZ;", "&bogus;", "&", "<i>", "</i>",
        "\uD83D\uDE00", "\uD83C\uDDE8\uD83C\uDDF3", "\u0420\u043E\u0441\u0441\u0438\u044F", "\u4E2D\u56FD\u793E\u4F1A\u4FE1\u7528",
        "\u0627\u0644\u0635\u064A\u0646", "\uE000", "\u20E3", "\u0000", "\u0007", "\u00AD", "\u200B", "\uFEFF", "\uD800",
        "\uDC00", "\uFFFF", "\n", "\r\n", "\t", "\u00A0", " ", " ", " ", "e.g.", "U.S.", "Ph.D.", "www.example.org",
        "http://x.y/z?a=1&b=2", "@user", "#tag", "$5", "\u00A3", "\u00BD", "\uFB01", "\u0301", "Mr.", "etc."
    };

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"ACCURATE", "FAST"})
    void hostileTextDoesNotThrow(Mode mode) {
        CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(AnalyzerSettings.defaults(mode));
        List<String> hostile = List.of(
                "", " ", "....", "!!!???;;;", "((((((", "\"unbalanced quote", "\u201Cunbalanced curly",
                "x".repeat(5_000), "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00",
                "\u0421\u0438\u0441\u0442\u0435\u043C\u0430 \u0441\u043E\u0446\u0438\u0430\u043B\u044C\u043D\u043E\u0433\u043E"
                        + " \u043A\u0440\u0435\u0434\u0438\u0442\u0430.",
                "\u793E\u4F1A\u4FE1\u7528\u4F53\u7CFB\u5EFA\u8BBE\u89C4\u5212\u7EB2\u8981\uFF082014\u20142020\u5E74\uFF09",
                "&&&&;;;;&#;&#x;", "\u0000\u0001\u0002", "\uD800\uD800\uDC00\uDC00");
        for (String text : hostile) {
            check(analyzer, text);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"ACCURATE", "FAST"})
    void randomTextKeepsTheContract(Mode mode) {
        CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(AnalyzerSettings.defaults(mode));
        Random random = new Random(SEED);
        // The tagger is slow on garbage (about 5 ms a token when cold), so accurate mode gets fewer.
        int texts = mode == Mode.ACCURATE ? 40 : 150;
        for (int i = 0; i < texts; i++) {
            check(analyzer, randomText(random, random.nextInt(60)));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"ACCURATE", "FAST"})
    void twentyThousandCharacters(Mode mode) {
        CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(AnalyzerSettings.defaults(mode));
        // Real sentences with a hostile piece between them, and no sentence end in the last 2,000.
        Random random = new Random(SEED);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < 18_000; i++) {
            sb.append(SeedSentences.ALL.get(i % SeedSentences.ALL.size())).append(' ')
                    .append(PIECES[random.nextInt(PIECES.length)]).append(' ');
        }
        while (sb.length() < 20_000) {
            sb.append("social credit ");
        }
        String text = sb.substring(0, 20_000);
        List<String> tokens = check(analyzer, text);
        assertTrue(tokens.contains("social"), "a long text still yields its words");
    }

    private static String randomText(Random random, int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            if (random.nextInt(8) == 0) {
                sb.appendCodePoint(random.nextInt(0x2FFFF)); // anything, including unassigned and surrogates
            } else {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            if (random.nextBoolean()) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    /** Analyses {@code text} and checks what every default-settings output must satisfy. */
    private static List<String> check(CoreNlpAnalyzer analyzer, String text) {
        String where = analyzer + " on " + escape(text);
        List<String> tokens = analyzer.analyze(text);
        for (String t : tokens) {
            assertTrue(t.codePointCount(0, t.length()) >= 2, () -> "too short: '" + t + "' " + where);
            assertEquals(t.toLowerCase(Locale.ROOT), t, where);
            assertFalse(EnglishStopWords.DEFAULT.contains(t), () -> "stop word: " + t + " " + where);
            assertFalse(TokenSteps.isNumber(t), () -> "unmasked number: " + t + " " + where);
            assertTrue(t.equals(TokenSteps.NUMBER_MASK) || t.codePoints().anyMatch(Character::isLetterOrDigit),
                    () -> "punctuation: '" + t + "' " + where);
        }
        String normalized = TextNormalizer.normalize(text);
        List<String> sentences = analyzer.sentences(text);
        for (String s : sentences) {
            assertFalse(s.isBlank(), where);
            assertTrue(normalized.contains(s), () -> "not a substring of the normalised text: " + escape(s) + " " + where);
        }
        assertEquals(normalized.isEmpty(), sentences.isEmpty(), where);
        return tokens;
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        String head = s.length() > 300 ? s.substring(0, 300) + "..." : s;
        head.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp > 0x7E) {
                sb.append(String.format(Locale.ROOT, "\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
