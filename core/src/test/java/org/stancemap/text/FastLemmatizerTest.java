package org.stancemap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.process.Morphology;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancemap.text.AnalyzerSettings.Mode;

class FastLemmatizerTest {

    @Test
    void stemsTheLowercasedWord() {
        assertEquals("study", FastLemmatizer.lemma("studies", false));
        assertEquals("study", FastLemmatizer.lemma("Studies", true));
        assertEquals("analyze", FastLemmatizer.lemma("analyzed", false));
        assertEquals("be", FastLemmatizer.lemma("was", false));
        assertEquals("company", FastLemmatizer.lemma("companies", false));
    }

    @Test
    void keepsTheWordWhereStemmingWouldHarm() {
        assertEquals("Shanghai", FastLemmatizer.lemma("Shanghai", false)); // not "shanghaus"
        assertEquals("DID", FastLemmatizer.lemma("DID", false)); // an acronym, not "do"
        assertEquals("China", FastLemmatizer.lemma("China", true)); // unchanged by stemming: case kept
        assertEquals("'s", FastLemmatizer.lemma("'s", false)); // would stem to "'"
        assertEquals("(", FastLemmatizer.lemma("(", true));
        assertEquals("\u4E2D\u56FD", FastLemmatizer.lemma("\u4E2D\u56FD", false));
    }

    @Test
    void sentenceStartIsTheFirstWordNotTheFirstToken() {
        // FIXTURE: hand-made, not real data
        CoreNlpAnalyzer fast = new CoreNlpAnalyzer(AnalyzerAsserts.lemmasOnly(Mode.FAST));
        assertEquals(List.of("study", "be", "analyze", "study", "be", "analyze"),
                fast.analyze("(Studies were analyzed.) \u201CStudies were analyzed.\u201D"));
    }

    @Test
    void cachedStemsEqualMorphologyOnEveryTokenOfTheSeedSentencesAskedTwice() {
        CoreNlpAnalyzer fast = new CoreNlpAnalyzer(AnalyzerAsserts.lemmasOnly(Mode.FAST));
        Morphology plain = new Morphology();
        WordMemo cached = FastLemmatizer.stems();
        for (int round = 0; round < 2; round++) { // the second round answers from the cache
            for (String sentence : SeedSentences.ALL) {
                for (Token t : fast.tokens(sentence)) {
                    String lower = t.word().toLowerCase(java.util.Locale.ROOT);
                    assertEquals(plain.stem(lower), cached.apply(lower), lower);
                }
            }
        }
    }

    @Test
    void theCacheStaysBounded() {
        WordMemo cached = FastLemmatizer.stems();
        for (int i = 0; i < WordMemo.WORDS + 10; i++) {
            assertEquals("word" + i, cached.apply("word" + i));
        }
        assertTrue(cached.size() <= WordMemo.WORDS, "cache size " + cached.size());
        assertEquals("study", cached.apply("studies"));
    }
}
