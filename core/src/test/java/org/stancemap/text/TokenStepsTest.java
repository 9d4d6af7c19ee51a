package org.stancemap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancemap.text.AnalyzerSettings.Mode;

class TokenStepsTest {

    private static void assertStep(String spec, List<String> in, List<String> expected) {
        assertEquals(expected, TokenSteps.named(spec).apply(in), spec);
    }

    @Test
    void lowercase() {
        assertStep("lowercase", List.of("CSCSC", "Shenzhen", "A-share", "\u0420\u043E\u0441\u0441\u0438\u044F"),
                List.of("cscsc", "shenzhen", "a-share", "\u0440\u043E\u0441\u0441\u0438\u044F"));
    }

    @Test
    void punctuationDropsTokensWithoutLetterOrDigit() {
        assertStep("punctuation", List.of("(", "did", ")", "%", "--", "\"", "'s", "«", "\uD83D\uDE00", "3.10", "\u4E2D\u56FD", "-", "a-share"),
                List.of("did", "'s", "3.10", "\u4E2D\u56FD", "a-share"));
    }

    @Test
    void numbersAreRecognised() {
        for (String n : List.of("2014", "3.10%", "3.10", "12", "1,000", "2012-2021", "2019/2020", "-5", "+3", "1\u20442", "09:30")) {
            assertTrue(TokenSteps.isNumber(n), n);
        }
        for (String w : List.of("19th", "1990s", "COVID19", "A-shares", "%", "-", ".", "e-government", "")) {
            assertFalse(TokenSteps.isNumber(w), w);
        }
    }

    @Test
    void numbersDropMaskOrKeep() {
        List<String> in = List.of("in", "2014", "the", "19th", "congress", "3.10%", "1,000", "firms");
        assertStep("numbers=drop", in, List.of("in", "the", "19th", "congress", "firms"));
        assertStep("numbers=mask", in, List.of("in", "<num>", "the", "19th", "congress", "<num>", "<num>", "firms"));
        assertStep("numbers=keep", in, in);
    }

    @Test
    void englishStopWordsComeFromSmile() {
        List<String> in = List.of("the", "findings", "of", "this", "study", "are", "as", "follows", "'s", "n't", "The", "system");
        // Smile's default list (the Glasgow list) includes "system": "social credit system" loses it.
        assertStep("stopwords=english", in, List.of("findings", "study", "follows"));
        assertStep("stopwords=none", in, in);
    }

    @Test
    void minLengthCountsCodePoints() {
        List<String> in = List.of("a", "be", "\u4E2D", "\uD83D\uDE00", "<num>", "ab\uD83D\uDE00");
        assertStep("minLength=2", in, List.of("be", "<num>", "ab\uD83D\uDE00"));
        assertStep("minLength=1", in, in);
    }

    @Test
    void defaultChainRunsStepsInOrder() {
        TokenSteps.Chain chain = TokenSteps.fromSettings(AnalyzerSettings.defaults(Mode.FAST));
        assertEquals("lowercase,punctuation,numbers=mask,stopwords=english,minLength=2", chain.toString());
        // Lowercase before stop words ("The"), masking before minLength ("7" survives as <num>).
        assertEquals(List.of("<num>", "cities", "<num>", "x-y"),
                chain.apply(List.of("The", "7", "cities", "(", "2017", ")", "x-y", "b", "IS")));
    }

    @Test
    void chainWithEverythingOffKeepsTokens() {
        TokenSteps.Chain chain = TokenSteps.fromSettings(new AnalyzerSettings(Mode.FAST, false, "none", false, "keep", 1));
        assertEquals("numbers=keep,stopwords=none,minLength=1", chain.toString());
        List<String> in = List.of("The", "(", "2017", ")");
        assertEquals(in, chain.apply(in));
    }

    @Test
    void chainDoesNotModifyItsInput() {
        List<String> in = new java.util.ArrayList<>(List.of("The", "Study"));
        TokenSteps.fromSettings(AnalyzerSettings.defaults(Mode.FAST)).apply(in);
        assertEquals(List.of("The", "Study"), in);
    }

    @Test
    void badSpecsNameTheValueAndTheExpectation() {
        assertMessage("Unknown token step: 'stem' (expected lowercase, punctuation, numbers=drop|mask|keep,"
                + " stopwords=english|none or minLength=N)", "stem");
        assertMessage("Token step 'lowercase' takes no value, got 'yes'", "lowercase=yes");
        assertMessage("Invalid value for token step 'numbers': 'hide' (expected drop, mask or keep)", "numbers=hide");
        assertMessage("Invalid value for token step 'numbers': 'null' (expected drop, mask or keep)", "numbers");
        assertMessage("Invalid value for token step 'stopwords': 'german' (expected english or none)", "stopwords=german");
        assertMessage("Invalid value for token step 'minLength': '0' (expected an integer >= 1)", "minLength=0");
        assertMessage("Invalid value for token step 'minLength': 'two' (expected an integer >= 1)", "minLength=two");
        assertThrows(IllegalArgumentException.class, () -> TokenSteps.named(" "));
    }

    private static void assertMessage(String expected, String spec) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TokenSteps.named(spec));
        assertEquals(expected, e.getMessage());
    }
}
