package org.stancemap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stancemap.text.AnalyzerAsserts.assertAnalyzesTo;
import static org.stancemap.text.AnalyzerAsserts.lemmasOnly;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancemap.text.AnalyzerSettings.Mode;

/**
 * Analyzer output on real sentences, copied from the seed abstracts (R Discovery export), in both
 * modes. The pipelines are shared per JVM, so each is built once for all test classes.
 */
class CoreNlpAnalyzerTest {

    private static final CoreNlpAnalyzer ACCURATE = new CoreNlpAnalyzer(lemmasOnly(Mode.ACCURATE));
    private static final CoreNlpAnalyzer FAST = new CoreNlpAnalyzer(lemmasOnly(Mode.FAST));
    private static final Analyzer ACCURATE_DEFAULTS = Analyzers.create(AnalyzerSettings.defaults(Mode.ACCURATE));
    private static final Analyzer FAST_DEFAULTS = Analyzers.create(AnalyzerSettings.defaults(Mode.FAST));

    // 10.1108/cms-06-2025-0650
    private static final String FINDINGS = "The findings of this study are as follows";
    private static final String SHARES = "The purpose of this study uses data of companies listed on the Shanghai and Shenzhen"
            + " A-shares between 2012 and 2021 and uses the staggered difference-in-differences (DID) causal inference method";
    private static final String INCREASE = "First, the pilot policy for CSCSC has resulted in an approximate increase of 3.10%"
            + " in enterprise labor employment.";
    private static final String CITIES = "First, micro-enterprises were not uniformly affected by policy shocks over time"
            + " (2017 with 12 cities, 2019 with 16 cities and 2021 with 34 cities).";
    // 10.1108/oir-08-2018-0231
    private static final String DATA_DRIVEN = "Taken together, China\u2019s social credit system is analyzed as an integrated"
            + " tool for datafication, dataveillance and data-driven authoritarianism.";
    // 10.22394/1726-1139-2022-10-12-27
    private static final String NOT_ACHIEVED = "Thus, the declared goal of introducing a social credit system was not achieved.";
    private static final String POINT_STUDIES = "At the same time, point studies of the assessment of the social credit system"
            + " by the population showed a high level of approval of social credit by citizens.";
    // 10.1109/ent52731.2021.00026
    private static final String ANALYZED = "Possible consequences of the application of the social credit system, both positive"
            + " and negative, are analyzed.";
    private static final String THREE_SENTENCES = "The development of information and communication technologies has led to the"
            + " emergence of new opportunities in the field of human capital management. The purpose of the article is to"
            + " identify problems and prospects for the application of social trust (credit) systems. A brief overview of"
            + " works on the subject of social credit systems is given.";
    // 10.1017/s1744137419000754
    private static final String STATE_COUNCIL = "In 2014, the State Council of the Chinese Communist Party announced the"
            + " institution of a social credit system by 2020.";
    // title of the first seed record
    private static final String CONGRESS = "Under surveillance: decoding the keys to the social credit system as a mass"
            + " surveillance protocol in the people\u2019s Republic of China following the 19th National Congress of the"
            + " Communist Party of China";

    @Test
    void findingsSentenceInBothModes() {
        assertAnalyzesTo(ACCURATE, FINDINGS, "the", "finding", "of", "this", "study", "be", "as", "follow");
        assertAnalyzesTo(FAST, FINDINGS, "the", "finding", "of", "this", "study", "be", "as", "follow");
        assertAnalyzesTo(ACCURATE_DEFAULTS, FINDINGS, "finding", "study", "follow");
        assertAnalyzesTo(FAST_DEFAULTS, FINDINGS, "finding", "study", "follow");
    }

    @Test
    void companiesListedOnShanghaiAndShenzhen() {
        assertAnalyzesTo(ACCURATE, SHARES, "the", "purpose", "of", "this", "study", "use", "datum", "of", "company", "list",
                "on", "the", "shanghai", "and", "shenzhen", "a-share", "between", "2012", "and", "2021", "and", "use", "the",
                "stagger", "difference-in-difference", "do", "causal", "inference", "method");
        // Fast mode leaves capitalised words inside a sentence alone: "Shanghai" is not stemmed to
        // "shanghaus", "DID" stays "did", but "A-shares" keeps its plural.
        assertAnalyzesTo(FAST, SHARES, "the", "purpose", "of", "this", "study", "use", "datum", "of", "company", "list",
                "on", "the", "shanghai", "and", "shenzhen", "a-shares", "between", "2012", "and", "2021", "and", "use", "the",
                "stagger", "difference-in-difference", "did", "causal", "inference", "method");
        assertAnalyzesTo(ACCURATE_DEFAULTS, SHARES, "purpose", "study", "use", "datum", "company", "list", "shanghai",
                "shenzhen", "a-share", "<num>", "<num>", "use", "stagger", "difference-in-difference", "causal", "inference",
                "method");
    }

    @Test
    void tokenizerKeepsCompoundsAndPlainBrackets() {
        List<String> words = FAST.tokens(SHARES).stream().map(Token::word).toList();
        assertTrue(words.containsAll(List.of("difference-in-differences", "A-shares", "(", "DID", ")")), words::toString);
        assertTrue(words.stream().noneMatch(w -> w.startsWith("-LRB") || w.equals("-")), words::toString);
    }

    @Test
    void accurateModeLemmatisesWithPartOfSpeech() {
        assertAnalyzesTo(ACCURATE, NOT_ACHIEVED, "thus", "the", "declare", "goal", "of", "introduce", "a", "social", "credit",
                "system", "be", "not", "achieve");
        assertAnalyzesTo(ACCURATE, POINT_STUDIES, "at", "the", "same", "time", "point", "study", "of", "the", "assessment",
                "of", "the", "social", "credit", "system", "by", "the", "population", "show", "a", "high", "level", "of",
                "approval", "of", "social", "credit", "by", "citizen");
        assertAnalyzesTo(ACCURATE, ANALYZED, "possible", "consequence", "of", "the", "application", "of", "the", "social",
                "credit", "system", "both", "positive", "and", "negative", "be", "analyze");
        List<Token> tokens = ACCURATE.tokens(NOT_ACHIEVED);
        assertEquals(new Token("was", "be", "VBD"), tokens.get(11));
        assertEquals(new Token("achieved", "achieve", "VBN"), tokens.get(13));
    }

    @Test
    void fastModeGivesTheSameLemmasWhereNoTagIsNeeded() {
        for (String text : List.of(NOT_ACHIEVED, POINT_STUDIES, ANALYZED, STATE_COUNCIL, CITIES)) {
            assertEquals(ACCURATE.analyze(text), FAST.analyze(text), text);
        }
        assertTrue(FAST.tokens(ANALYZED).stream().allMatch(t -> t.pos() == null));
    }

    @Test
    void fastModeDiffersOnlyWherePartOfSpeechMatters() {
        assertAnalyzesTo(ACCURATE, DATA_DRIVEN, "take", "together", "china", "'s", "social", "credit", "system", "be",
                "analyze", "as", "a", "integrated", "tool", "for", "datafication", "dataveillance", "and", "data-driven",
                "authoritarianism");
        assertAnalyzesTo(FAST, DATA_DRIVEN, "take", "together", "china", "'s", "social", "credit", "system", "be",
                "analyze", "as", "an", "integrate", "tool", "for", "datafication", "dataveillance", "and", "data-drive",
                "authoritarianism");
        List<Token> accurate = ACCURATE.tokens(DATA_DRIVEN);
        List<Token> fast = FAST.tokens(DATA_DRIVEN);
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < accurate.size(); i++) {
            assertEquals(accurate.get(i).word(), fast.get(i).word());
            if (!accurate.get(i).lemma().equalsIgnoreCase(fast.get(i).lemma())) {
                differing.add(accurate.get(i).word() + "/" + accurate.get(i).pos());
            }
        }
        assertEquals(List.of("an/DT", "integrated/JJ", "data-driven/JJ"), differing);
    }

    @Test
    void numbersFollowTheSetting() {
        String[] words = {"micro-enterprise", "uniformly", "affect", "policy", "shock", "time"};
        assertAnalyzesTo(analyzer(Mode.FAST, "drop"), CITIES, concat(words, "city", "city", "city"));
        assertAnalyzesTo(analyzer(Mode.FAST, "mask"), CITIES,
                concat(words, "<num>", "<num>", "city", "<num>", "<num>", "city", "<num>", "<num>", "city"));
        assertAnalyzesTo(analyzer(Mode.ACCURATE, "keep"), CITIES,
                concat(words, "2017", "12", "city", "2019", "16", "city", "2021", "34", "city"));
        assertAnalyzesTo(ACCURATE_DEFAULTS, INCREASE, "pilot", "policy", "cscsc", "result", "approximate", "increase",
                "<num>", "enterprise", "labor", "employment");
        // "19th" is a word, not a number
        assertTrue(analyzer(Mode.ACCURATE, "drop").analyze(CONGRESS).contains("19th"));
    }

    @Test
    void stopWordsFollowTheSetting() {
        assertAnalyzesTo(ACCURATE_DEFAULTS, STATE_COUNCIL, "<num>", "state", "council", "chinese", "communist", "party",
                "announce", "institution", "social", "credit", "<num>");
        assertAnalyzesTo(new CoreNlpAnalyzer(new AnalyzerSettings(Mode.ACCURATE, true, "none", true, "mask", 2)),
                STATE_COUNCIL, "in", "<num>", "the", "state", "council", "of", "the", "chinese", "communist", "party",
                "announce", "the", "institution", "of", "social", "credit", "system", "by", "<num>");
        assertAnalyzesTo(FAST_DEFAULTS, CONGRESS, "surveillance", "decode", "key", "social", "credit", "mass",
                "surveillance", "protocol", "people", "republic", "china", "follow", "19th", "national", "congress",
                "communist", "party", "china");
    }

    @Test
    void caseAndPunctuationKeptWhenSwitchedOff() {
        CoreNlpAnalyzer raw = new CoreNlpAnalyzer(new AnalyzerSettings(Mode.ACCURATE, false, "none", false, "keep", 1));
        assertAnalyzesTo(raw, INCREASE, "first", ",", "the", "pilot", "policy", "for", "CSCSC", "have", "result", "in", "a",
                "approximate", "increase", "of", "3.10", "%", "in", "enterprise", "labor", "employment", ".");
    }

    @Test
    void entitiesAreDecodedBeforeAnalysis() {
        String escaped = CONGRESS.replace("\u2019", "&#8217;").replace(" ", "&nbsp;\n");
        assertEquals(FAST_DEFAULTS.analyze(CONGRESS), FAST_DEFAULTS.analyze(escaped));
    }

    @Test
    void sentencesSplitARealParagraph() {
        assertEquals(List.of(
                "The development of information and communication technologies has led to the emergence of new"
                        + " opportunities in the field of human capital management.",
                "The purpose of the article is to identify problems and prospects for the application of social trust"
                        + " (credit) systems.",
                "A brief overview of works on the subject of social credit systems is given."),
                ACCURATE_DEFAULTS.sentences(THREE_SENTENCES));
        assertEquals(FAST_DEFAULTS.sentences(THREE_SENTENCES), ACCURATE_DEFAULTS.sentences(THREE_SENTENCES));
    }

    @Test
    void sentencesKeepTheSurfaceTextAndOpenGluedSentences() {
        // 10.1108/oir-08-2018-0231: curly quotes stay as written (the tokenizer's ASCII quotes do not leak)
        String quoted = "China\u2019s new social credit system, which turns both online and offline behaviors into a"
                + " credit score through smartphone apps, creates a \u201Cnew normal\u201D way of life for Chinese citizens."
                + " This data-driven authoritarianism uses data and technology to enhance citizen surveillance.";
        assertEquals(2, FAST_DEFAULTS.sentences(quoted).size());
        assertTrue(FAST_DEFAULTS.sentences(quoted).get(0).contains("\u201Cnew normal\u201D"));
        // 10.22394/1726-1139-2022-10-12-27, as exported
        String glued = "The social credit system, created in the PRC in 2014 and which has been in widespread use since"
                + " approximately 2016, is being evaluated.The assessment by the population is being considered.";
        assertEquals(List.of("The social credit system, created in the PRC in 2014 and which has been in widespread use"
                        + " since approximately 2016, is being evaluated.",
                "The assessment by the population is being considered."), FAST_DEFAULTS.sentences(glued));
    }

    @Test
    void emptyTextGivesNothing() {
        for (Analyzer a : List.of(ACCURATE_DEFAULTS, FAST_DEFAULTS)) {
            assertEquals(List.of(), a.analyze(""));
            assertEquals(List.of(), a.analyze(" \n\u00A0\t"));
            assertEquals(List.of(), a.sentences(""));
            assertEquals(List.of(), a.analyze("( ) ; -- \u2014 ..."));
        }
        assertThrows(NullPointerException.class, () -> FAST.analyze(null));
    }

    @Test
    void factoryKeepsTheSettings() {
        AnalyzerSettings settings = new AnalyzerSettings(Mode.FAST, false, "none", true, "drop", 3);
        Analyzer a = Analyzers.create(settings);
        assertSame(settings, a.settings());
        assertEquals("CoreNlpAnalyzer[fast: punctuation,numbers=drop,stopwords=none,minLength=3]", a.toString());
        assertNotEquals(ACCURATE.settings(), FAST.settings());
        assertNull(FAST.tokens(FINDINGS).get(0).pos());
    }

    private static CoreNlpAnalyzer analyzer(Mode mode, String numbers) {
        return new CoreNlpAnalyzer(new AnalyzerSettings(mode, true, "english", true, numbers, 2));
    }

    private static String[] concat(String[] head, String... tail) {
        List<String> all = new ArrayList<>(List.of(head));
        all.addAll(List.of(tail));
        return all.toArray(String[]::new);
    }
}
