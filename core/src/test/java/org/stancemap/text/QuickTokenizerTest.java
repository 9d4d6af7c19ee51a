package org.stancemap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stancemap.text.AnalyzerSettings.Mode;

class QuickTokenizerTest {

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (QuickTokenizer.Sentence s : QuickTokenizer.sentences(TextNormalizer.normalize(text))) {
            out.addAll(s.tokens());
        }
        return out;
    }

    private static List<String> sentenceTexts(String text) {
        return QuickTokenizer.sentences(TextNormalizer.normalize(text)).stream().map(QuickTokenizer.Sentence::text).toList();
    }

    // FIXTURE: hand-made strings, not real data

    @Test
    void splitsCliticsAndKeepsCompounds() {
        assertEquals(List.of("China", "'s", "data-driven", "difference-in-differences"),
                tokens("China\u2019s data-driven difference-in-differences"));
        assertEquals(List.of("They", "do", "n't", "and", "can", "not", "agree", "O'Brien"),
                tokens("They don't and cannot agree O\u2019Brien"));
        assertEquals(List.of("firms", "'", "data"), tokens("firms' data"));
    }

    @Test
    void keepsNumbersAndAbbreviationsWhole() {
        assertEquals(List.of("3.10", "%", "of", "1,000", "firms", "in", "2012-2021", "."),
                tokens("3.10% of 1,000 firms in 2012-2021."));
        assertEquals(List.of("U.S.", "credit", "scoring", ",", "e.g.", "in", "Fig.", "2", "by", "Bentham", "et", "al.", "."),
                tokens("U.S. credit scoring, e.g. in Fig. 2 by Bentham et al.."));
    }

    @Test
    void mapsQuotesToAsciiAndAmericanises() {
        assertEquals(List.of("\"", "behavior", "\"", "was", "analyzed", "'", "twice", "'", "\"", "here", "\""),
                tokens("\u201Cbehaviour\u201D was analysed \u2018twice\u2019 \u00ABhere\u00BB"));
        assertEquals(List.of("...", "--", "(", "x", ")"), tokens("... -- (x)"));
    }

    @Test
    void splitsSentencesAfterFinalPunctuationWithTheirClosers() {
        assertEquals(List.of("It works.", "It fails!", "Does it?", "Yes (see below)."),
                sentenceTexts("It works. It fails! Does it? Yes (see below)."));
        assertEquals(List.of("(Studies were analyzed.)", "\u201CStudies were analyzed.\u201D"),
                sentenceTexts("(Studies were analyzed.) \u201CStudies were analyzed.\u201D"));
        assertEquals(List.of("The U.S. and J. Bentham et al. agree."), sentenceTexts("The U.S. and J. Bentham et al. agree."));
        assertEquals(List.of(), QuickTokenizer.sentences(""));
    }

    @Test
    void agreesWithCoreNlpOnTheSeedSentences() {
        CoreNlpAnalyzer fast = new CoreNlpAnalyzer(AnalyzerSettings.defaults(Mode.FAST));
        QuickAnalyzer quick = new QuickAnalyzer(AnalyzerSettings.defaults(Mode.QUICK));
        String all = String.join(" ", SeedSentences.ALL);
        assertEquals(fast.tokens(all).stream().map(Token::word).toList(), tokens(all));
        assertEquals(fast.sentences(all), quick.sentences(all));
        assertEquals(fast.analyze(all), quick.analyze(all));
        Analysis both = quick.analyzeWithSentences(all);
        assertEquals(quick.analyze(all), both.tokens());
        assertEquals(quick.sentences(all), both.sentences());
    }

    @Test
    void hostileTextDoesNotThrowAndLosesNoCharacter() {
        String[] pieces = {"x", "'", "\u2019", "s", "t", "n", ".", "-", ",", "1", " ", "(", ")", "\"", "\uD83D\uDE00",
            "\u0301", "\u4E2D", "U.S.", "can", "not", "!", "?", "&amp;", "\u00AB"};
        Random random = new Random(7);
        QuickAnalyzer quick = new QuickAnalyzer(AnalyzerSettings.defaults(Mode.QUICK));
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String normalized = TextNormalizer.normalize(text.toString());
            quick.analyzeWithSentences(text.toString());
            StringBuilder rebuilt = new StringBuilder();
            for (QuickTokenizer.Sentence s : QuickTokenizer.sentences(normalized)) {
                assertFalse(s.tokens().isEmpty(), normalized);
                rebuilt.append(s.text());
            }
            // every non-space character ends in some sentence
            assertEquals(normalized.replace(" ", ""), rebuilt.toString().replace(" ", ""), normalized);
        }
    }

    @Test
    void coreNlpAnalyzerRefusesQuickAndAnalyzersMakesIt() {
        AnalyzerSettings settings = AnalyzerSettings.defaults(Mode.QUICK);
        assertEquals(QuickAnalyzer.class, Analyzers.create(settings).getClass());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new CoreNlpAnalyzer(settings));
        assertEquals(Mode.QUICK, Mode.parse("Quick"));
    }
}
