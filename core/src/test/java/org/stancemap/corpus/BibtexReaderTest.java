package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class BibtexReaderTest {

    static Readers.Drained fixture() throws IOException {
        try (InputStream in = BibtexReaderTest.class.getResourceAsStream("fixture.bib")) {
            return Readers.read(InputFormat.BIBTEX, in.readAllBytes());
        }
    }

    @Test
    void readsEntriesWithMacrosAndLatexAsUnicode() throws IOException {
        Readers.Drained d = fixture();
        assertEquals(List.of("doe2021", "roe2020", "title_only", "after_broken"),
                d.records().stream().map(AbstractRecord::id).toList());
        AbstractRecord doe = d.records().get(0);
        assertEquals("FIXTURE: Evaluating a étude of credit policy", doe.title());
        assertEquals("FIXTURE: an invented abstract with 50% escapes, an en–dash, accents like naïve and Erdős, and italics.",
                doe.text());
        assertEquals("Fixture Journal", doe.venue(), "@string macro");
        assertEquals("2021", doe.published());
        assertEquals("10.1234/fixture.bib.1", doe.doi());
        assertEquals("article", doe.type());
        assertEquals(6L, doe.source().line());

        AbstractRecord roe = d.records().get(1);
        assertEquals("Proceedings of the Fixture Conference", roe.venue());
        assertEquals("2020-05-12", roe.published());
        assertEquals("FIXTURE: the abstract of a paper in proceedings.", roe.text(), "the 'Abstract:' label is dropped");

        AbstractRecord titleOnly = d.records().get(2);
        assertEquals(titleOnly.title(), titleOnly.text());
        assertEquals("Fixture Online", titleOnly.venue());
        assertEquals(7, titleOnly.citations());
    }

    @Test
    void aSyntaxErrorCostsOneEntry() throws IOException {
        Readers.Drained d = fixture();
        assertEquals(1, d.rejects().size());
        assertEquals(32L, d.rejects().get(0).line());
        assertTrue(d.rejects().get(0).reason().startsWith("BibTeX syntax error"), d.rejects().get(0).reason());
    }

    @Test
    void keysJbibtexRefusesAreReadAsWritten() throws IOException {
        Readers.Drained d = Readers.read(InputFormat.BIBTEX, "@article{ ISI:0001,\nTitle = {{FIXTURE: spaced}},\n"
                + "Usage-Count-(Last-180-days) = {{1}},\nTimes-Cited = {{4}},\n}\n@ARTICLE{D\u2019Fix2016,\ntitle={FIXTURE: curly}}\n");
        assertEquals(List.of("ISI:0001", "D\u2019Fix2016"), d.records().stream().map(AbstractRecord::id).toList());
        assertEquals(4, d.records().get(0).citations());
        assertEquals("FIXTURE: spaced", d.records().get(0).title());
    }
}
