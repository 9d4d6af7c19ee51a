package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Texts over the analysis limit are cut at a sentence end, else a space, else the limit. Texts are made in the test. */
class TextLimitTest {

    @Test
    void shortTextsStayAsTheyAre() {
        String s = "FIXTURE: short.";
        assertFalse(TextLimit.exceeds(s));
        assertSame(s, TextLimit.cut(s));
    }

    @Test
    void longTextsAreCutAtTheLastSentenceEnd() {
        String sentence = "FIXTURE: the credit system is evaluated. ";
        String text = sentence.repeat(TextLimit.MAX_CHARS / sentence.length() + 10);
        String cut = TextLimit.cut(text);
        assertTrue(TextLimit.exceeds(text));
        assertTrue(cut.length() <= TextLimit.MAX_CHARS && cut.length() > TextLimit.MAX_CHARS - sentence.length());
        assertTrue(cut.endsWith("evaluated."), cut.substring(cut.length() - 20));
    }

    @Test
    void withoutSentencesAtAWordAndWithoutSpacesAtTheLimit() {
        assertEquals("aaa bbb", TextLimit.cut("aaa bbb ccc", 9));
        assertEquals("aaaaaaaaa", TextLimit.cut("aaaaaaaaaaaa", 9));
        String pair = "\ud83d\ude00";
        String cut = TextLimit.cut("aaaaaaaa" + pair + "bb", 9);
        assertEquals("aaaaaaaa", cut, "a surrogate pair is not split");
    }

    @Test
    void aFiveMegabyteTextIsCutQuickly() {
        String text = "FIXTURE word ".repeat(5_000_000 / 13);
        long t = System.nanoTime();
        AbstractRecord r = TextLimit.apply(new AbstractRecord("x", null, null, null, null, null, null, text, null, null, null));
        assertTrue(r.text().length() <= TextLimit.MAX_CHARS);
        assertTrue((System.nanoTime() - t) / 1e9 < 1, "cutting is linear in the limit, not the text");
    }
}
