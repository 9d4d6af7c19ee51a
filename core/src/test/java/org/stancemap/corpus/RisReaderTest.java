package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RisReaderTest {

    static byte[] fixture() throws IOException {
        try (InputStream in = RisReaderTest.class.getResourceAsStream("fixture.ris")) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsTheFixtureWithCleaningAndTheTitleOnlyRule() throws IOException {
        Readers.Drained d = Readers.read(InputFormat.RIS, fixture());
        assertEquals(4, d.records().size());
        AbstractRecord first = d.records().get(0);
        assertEquals("FIXTURE: Evaluating a credit policy", first.title());
        assertEquals("FIXTURE: this invented abstract evaluates a credit policy and continues on an untagged line.", first.text());
        assertEquals("10.1234/fixture.ris.1", first.doi());
        assertEquals("2021-06-30", first.published());
        assertEquals("Fixture Journal of Policy", first.venue());
        assertEquals("Journal Article", first.type());
        assertEquals(12, first.citations());
        assertEquals(1L, first.source().line());

        AbstractRecord chapter = d.records().get(1);
        assertEquals("FIXTURE: A chapter with the abstract in N2", chapter.title(), "the first TI wins");
        assertEquals("FIXTURE: the chapter's abstract, in N2.", chapter.text(), "tags, entities and copyright removed");
        assertEquals("2019", chapter.published());
        assertEquals("FIXTURE Handbook of Examples", chapter.venue());
        assertEquals("Book Chapter", chapter.type());

        AbstractRecord report = d.records().get(2);
        assertEquals("FIXTURE: A report without an abstract", report.text(), "a placeholder abstract falls back to the title");
        assertEquals(report.title(), report.text());

        AbstractRecord last = d.records().get(3);
        assertEquals("FIXTURE: the file ends without the final ER line.", last.text());
        assertEquals("2017-03-05", last.published());

        assertEquals(List.of(25L, 33L), d.rejects().stream().map(Reject::line).toList());
        assertEquals(RisReader.OUTSIDE, d.rejects().get(0).reason());
        assertEquals("no abstract and no title", d.rejects().get(1).reason());
    }

    @Test
    void crlfBomAndBareCrReadTheSame() throws IOException {
        String lf = new String(fixture(), StandardCharsets.UTF_8);
        Readers.Drained expected = Readers.read(InputFormat.RIS, lf);
        for (String variant : List.of("\uFEFF" + lf.replace("\n", "\r\n"), lf.replace("\n", "\r"),
                " \uFEFF" + lf.replace("\n", "\r\n\n\r"))) {
            Readers.Drained d = Readers.read(InputFormat.RIS, variant);
            assertEquals(expected.records().stream().map(AbstractRecord::text).toList(),
                    d.records().stream().map(AbstractRecord::text).toList());
            assertEquals(expected.total(), d.total());
        }
    }

    @Test
    void aNewTyEndsARecordWithoutEr() throws IOException {
        Readers.Drained d = Readers.read(InputFormat.RIS, "TY  - JOUR\nTI  - FIXTURE: one\nTY  - BOOK\nTI  - FIXTURE: two\n");
        assertEquals(List.of("FIXTURE: one", "FIXTURE: two"), d.records().stream().map(AbstractRecord::title).toList());
        assertEquals(List.of(1L, 3L), d.records().stream().map(r -> r.source().line()).toList());
    }

    @Test
    void aLineThatIsNotUtf8RejectsItsRecordNamingTheLikelyCause() throws IOException {
        byte[] bytes = Readers.withInvalidByte("TY  - JOUR\nTI  - FIXTURE: caf~\nER  -\nTY  - JOUR\nTI  - FIXTURE: fine\nER  -\n");
        Readers.Drained d = Readers.read(InputFormat.RIS, bytes);
        assertEquals(List.of("FIXTURE: fine"), d.records().stream().map(AbstractRecord::title).toList());
        assertEquals(1L, d.rejects().get(0).line());
        assertTrue(d.rejects().get(0).reason().startsWith("invalid UTF-8 at line 2 (the file is probably in Latin-1"),
                d.rejects().get(0).reason());
    }

    @Test
    void typeOfAGenericRecordComesFromM3() throws IOException {
        Readers.Drained d = Readers.read(InputFormat.RIS, "TY  - GEN\nM3  - Review\nTI  - FIXTURE: t\nER  -\n");
        assertEquals("Review", d.records().get(0).type());
        assertNull(d.records().get(0).published());
    }
}
