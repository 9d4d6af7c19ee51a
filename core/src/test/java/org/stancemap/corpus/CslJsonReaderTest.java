package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CslJsonReaderTest {

    /** FIXTURE: invented items in Zotero's CSL-JSON layout. */
    static final String CSL = "[\n\t{\"id\": \"doeFixture2015\", \"type\": \"article-journal\", \"title\": \"FIXTURE: A title\",\n"
            + "\t \"abstract\": \"FIXTURE: an abstract.\", \"DOI\": \"10.1234/fixture.csl.1\",\n"
            + "\t \"container-title\": \"Fixture Journal\", \"issued\": {\"date-parts\": [[\"2015\", 8, 26]]}},\n"
            + "\t{\"id\": \"roe\", \"type\": \"book\", \"title\": \"FIXTURE: A book\", \"issued\": {\"date-parts\": [[2014]]},\n"
            + "\t \"container-title\": [\"First\", \"Second\"], \"is-referenced-by-count\": 3},\n"
            + "\t{\"id\": \"empty\", \"type\": \"book\"}\n]";

    @Test
    void readsItems() throws IOException {
        Readers.Drained d = Readers.read(InputFormat.CSLJSON, CSL);
        assertEquals(List.of("doeFixture2015", "roe"), d.records().stream().map(AbstractRecord::id).toList());
        AbstractRecord r = d.records().get(0);
        assertEquals("FIXTURE: an abstract.", r.text());
        assertEquals("2015-08-26", r.published());
        assertEquals("Fixture Journal", r.venue());
        assertEquals("10.1234/fixture.csl.1", r.doi());
        assertEquals("article-journal", r.type());
        AbstractRecord book = d.records().get(1);
        assertEquals("FIXTURE: A book", book.text());
        assertEquals("2014", book.published());
        assertEquals("First", book.venue());
        assertEquals(3, book.citations());
        assertEquals("no abstract and no title", d.rejects().get(0).reason());
    }
}
