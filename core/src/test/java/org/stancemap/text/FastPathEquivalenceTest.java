package org.stancemap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.process.Americanize;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast path's shortcuts give exactly what the code they replace gave, on random text. */
class FastPathEquivalenceTest {

    private static final String[] PIECES = {"a", "b", "Z", "Q", ".", ". ", "x.Y", "ab.Cd", "US.The", "é", "É", "\uD801\uDC00",
        "\uD801\uDC28", "\u01C5", "ß", "1", "-", "+", "\u2212", "%", ",", "\u0660", " ", "Ph.D.", "U.S.", "behaviour", "colour"};

    private static String random(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int k = r.nextInt(12); k > 0; k--) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    @Test
    void ungluingEqualsThePattern() {
        Random r = new Random(11);
        for (int i = 0; i < 50_000; i++) {
            String s = random(r);
            assertEquals(TextNormalizer.GLUED_SENTENCE.matcher(s).replaceAll(". "), TextNormalizer.unglue(s), s);
        }
        assertEquals("was evaluated. The assessment", TextNormalizer.normalize("was evaluated.The assessment"));
    }

    @Test
    void numberTestEqualsThePattern() {
        java.util.regex.Pattern number = java.util.regex.Pattern.compile("[+\\-\u2212]?\\p{Nd}[\\p{Nd}.,:/\u2044%\\-\u2013]*");
        Random r = new Random(12);
        for (int i = 0; i < 50_000; i++) {
            String s = random(r).replace(" ", "");
            assertEquals(number.matcher(s).matches(), TokenSteps.isNumber(s), s);
        }
    }

    @Test
    void cachedAmericanizeEqualsCoreNlp() {
        for (String w : new String[] {"behaviour", "colour", "analysed", "organisation", "Behaviour", "the", "centre", "x"}) {
            for (int round = 0; round < 2; round++) {
                assertEquals(Americanize.americanize(w), QuickTokenizer.americanize(w), w);
            }
        }
    }
}
