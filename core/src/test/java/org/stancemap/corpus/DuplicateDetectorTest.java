package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {

    private static AbstractRecord record(String doi, String text, String file, long line) {
        return new AbstractRecord(null, doi, null, null, null, null, null, text, null, null, new SourceRef(file, line));
    }

    @Test
    void findsDoiVariantsOfTheSameWork() {
        DuplicateDetector d = new DuplicateDetector();
        assertTrue(d.check(record("10.1108/OIR-08-2018-0231", "First text.", "a.txt", 40)).isEmpty());
        for (String variant : new String[] {"https://doi.org/10.1108/oir-08-2018-0231", "http://dx.doi.org/10.1108/oir-08-2018-0231",
                "doi:10.1108/oir-08-2018-0231", " 10.1108/ oir-08-2018-0231 "}) {
            Optional<DuplicateDetector.Duplicate> dup = d.check(record(variant, "Other text " + variant, "b.jsonl", 3));
            assertEquals(Optional.of(new DuplicateDetector.Duplicate(DuplicateDetector.Kind.DOI, new SourceRef("a.txt", 40), 0)),
                    dup, variant);
        }
        assertEquals(5, d.checked());
    }

    @Test
    void findsTheSameTextWithOtherWhitespaceCaseAndPunctuation() {
        DuplicateDetector d = new DuplicateDetector();
        assertTrue(d.check(record(null, "The social credit system, created in the PRC in 2014.", "a.csv", 2)).isEmpty());
        assertTrue(d.check(record("10.1/other", "A different abstract.", "a.csv", 3)).isEmpty());
        DuplicateDetector.Duplicate dup = d.check(record("10.1/x",
                "  the SOCIAL credit\n system —  created in the ＰＲＣ in 2014 ", "b.csv", 9)).orElseThrow();
        assertEquals(DuplicateDetector.Kind.TEXT, dup.kind());
        assertEquals(new SourceRef("a.csv", 2), dup.earlier());
        assertEquals(0, dup.ordinal());
        assertEquals(DuplicateDetector.Kind.DOI, d.check(record("10.1/x", "Changed text.", "c.csv", 1)).orElseThrow().kind(),
                "the duplicate's own DOI is remembered too");
        assertTrue(d.check(record(null, "The social credit system, created in the PRC in 2015.", "a.csv", 4)).isEmpty(),
                "digits count");
    }

    @Test
    void normalisers() {
        assertEquals("10.2139/ssrn.3286666", DuplicateDetector.normaliseDoi("HTTPS://DOI.ORG/10.2139/SSRN.3286666"));
        assertNull(DuplicateDetector.normaliseDoi("  "));
        assertEquals("a b 12 ç", DuplicateDetector.normaliseText("A—b, 12!  Ç"));
        assertEquals("", DuplicateDetector.normaliseText("— ... —"));
    }

    @Test
    void aHundredThousandDistinctRecordsGiveNoFalseDuplicate() {
        DuplicateDetector d = new DuplicateDetector();
        for (int i = 0; i < 100_000; i++) {
            Optional<DuplicateDetector.Duplicate> dup = d.check(record("10.9999/n." + i, "Abstract number " + i + ".", "big.jsonl", i + 1));
            if (dup.isPresent()) {
                throw new AssertionError("record " + i + " reported as a duplicate of " + dup.get());
            }
        }
        DuplicateDetector.Duplicate again = d.check(record("10.9999/N.77777", "x", "again.jsonl", 1)).orElseThrow();
        assertEquals(new SourceRef("big.jsonl", 77_778), again.earlier(), "sources are unpacked exactly");
    }

    @Test
    void theTextKeyIsTheHashOfTheNormalisedText() {
        String[] pieces = {"A", "z", "Q", "0", "9", " ", "  ", ".", "-", "\t", "\u00E9", "\u00C9", "\uFB01", "\u0130", "\uD801\uDC00",
            "Credit", "SYSTEM", "\u00A0", "_", "~", "\u0000"};
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            String norm = DuplicateDetector.normaliseText(text);
            assertEquals(norm.isEmpty() ? DuplicateDetector.NO_TEXT : DuplicateDetector.hash64(norm),
                    DuplicateDetector.textKey(text), text);
        }
    }
}
