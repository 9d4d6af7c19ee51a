package org.stancemap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private static void assertNormalizes(String raw, String expected) {
        assertEquals(expected, TextNormalizer.normalize(raw), () -> "normalize(" + raw + ")");
    }

    @Test
    void unescapesHtmlAndXmlEntities() {
        assertNormalizes("R&amp;D spending", "R&D spending");
        assertNormalizes("&lt;i&gt;Nature&lt;/i&gt;", "<i>Nature</i>");
        assertNormalizes("the people&#8217;s Republic", "the people\u2019s Republic");
        assertNormalizes("China&rsquo;s &quot;new normal&quot;", "China\u2019s \"new normal\"");
        assertNormalizes("it&apos;s", "it's"); // XML-only entity
        assertNormalizes("R&amp;amp;D", "R&D"); // escaped twice by an export
    }

    @Test
    void turnsEveryKindOfSpaceIntoOne() {
        assertNormalizes("social\u00A0credit", "social credit");
        assertNormalizes("social&nbsp;credit", "social credit");
        assertNormalizes("social\u202Fcredit\u2007system", "social credit system");
        assertNormalizes("first line\r\nsecond\nthird\rfourth\u2028fifth\u0085sixth", "first line second third fourth fifth sixth");
        assertNormalizes("  \t tabs\t\tand   runs \n ", "tabs and runs");
        assertNormalizes(" \n\t\u00A0 ", "");
        assertNormalizes("", "");
    }

    @Test
    void dropsControlAndFormatCharacters() {
        assertNormalizes("bell\u0007and\u0000nul", "bellandnul");
        assertNormalizes("\uFEFFstart", "start"); // byte-order mark
        assertNormalizes("gov\u00ADern\u200Bment", "government"); // soft hyphen, zero-width space
        assertNormalizes("broken \uD83D pair", "broken pair"); // lone high surrogate
        assertNormalizes("non\uFFFFchar", "nonchar");
    }

    @Test
    void appliesNfkc() {
        assertNormalizes("\uFB01nancial e\uFB03cient", "financial efficient"); // ligatures
        assertNormalizes("\uFF23\uFF28\uFF29\uFF2E\uFF21 \uFF12\uFF10\uFF11\uFF14", "CHINA 2014"); // full width
        assertNormalizes("Caf\u0065\u0301", "Caf\u00E9"); // combining accent composed
    }

    @Test
    void keepsOrdinaryUnicodeText() {
        assertNormalizes("«Diia» \u2014 \u4E2D\u56FD \u0420\u043E\u0441\u0441\u0438\u044F \uD83D\uDE00",
                "«Diia» \u2014 \u4E2D\u56FD \u0420\u043E\u0441\u0441\u0438\u044F \uD83D\uDE00");
    }

    @Test
    void opensSentencesGluedByTheExport() {
        // Real: seed abstract 10.22394/1726-1139-2022-10-12-27 has ten of these.
        assertNormalizes("is being evaluated.The assessment", "is being evaluated. The assessment");
        assertNormalizes("such as BCI or PMI.Meanwhile, for", "such as BCI or PMI. Meanwhile, for");
        assertNormalizes("in the U.S.Army, e.g.The, Ph.D.Thesis, J.Smith, 3.10%", "in the U.S.Army, e.g.The, Ph.D.Thesis, J.Smith, 3.10%");
    }

    @Test
    void rejectsNull() {
        assertThrows(NullPointerException.class, () -> TextNormalizer.normalize(null));
    }
}
