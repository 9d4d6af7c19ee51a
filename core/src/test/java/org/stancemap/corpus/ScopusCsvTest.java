package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopusCsvTest {

    /** FIXTURE: invented rows under a shortened Scopus header; the second row has Scopus's extra cell. */
    static final String SCOPUS = "\uFEFFAuthors,Title,Year,Source title,Cited by,DOI,Abstract,Funding Text 1,References,Document Type,Source,EID\n"
            + "Doe J.,FIXTURE: First,2020,Fixture Journal,4,10.1234/fixture.sc.1,FIXTURE: an abstract. © 2020 Elsevier Ltd,,refs,Article,Scopus,2-s2.0-1\n"
            + "Roe R.,FIXTURE: Shifted,2021,Fixture Journal,,10.1234/fixture.sc.2,FIXTURE: another abstract.,funding,extra cell,refs,Review,Scopus,2-s2.0-2\n"
            + "Poe P.,FIXTURE: Placeholder,2019,Fixture Journal,1,,[No abstract available],,,Article,Scopus,2-s2.0-3\n"
            + "Moe M.,FIXTURE: Empty abstract,2018,Fixture Journal,0,,,,,Article,Scopus,2-s2.0-4\n";

    @Test
    void readsScopusColumnsAndTheRowWithAnExtraCell() throws IOException {
        Readers.Drained d = Readers.read(InputFormat.CSV, SCOPUS);
        assertEquals(List.of(), d.rejects());
        assertEquals(4, d.records().size());
        assertEquals("FIXTURE: Empty abstract", d.records().get(3).text(), "an empty abstract: title-only");
        AbstractRecord first = d.records().get(0);
        assertEquals("FIXTURE: an abstract.", first.text());
        assertEquals("Fixture Journal", first.venue());
        assertEquals(4, first.citations());
        assertEquals("2020", first.published());
        assertEquals("Article", first.type());
        assertEquals("Review", d.records().get(1).type(), "columns after the extra cell are read from the right");
        assertEquals("FIXTURE: another abstract.", d.records().get(1).text());
        assertEquals("FIXTURE: Placeholder", d.records().get(2).text(), "a placeholder abstract falls back to the title");
    }

    @Test
    void theDelimiterIsSniffedOrGiven() throws IOException {
        String semicolons = "title;abstract;year\n\"FIXTURE: a; b\";FIXTURE: text, with comma.;2020\n";
        Readers.Drained d = Readers.read(InputFormat.CSV, semicolons);
        assertEquals("FIXTURE: text, with comma.", d.records().get(0).text());
        assertEquals("FIXTURE: a; b", d.records().get(0).title());
        String tabs = "title\tabstract\nFIXTURE: t\tFIXTURE: tab text, a; b\n";
        assertEquals("FIXTURE: tab text, a; b", Readers.read(InputFormat.CSV, tabs).records().get(0).text());
        assertEquals(';', CsvReader.sniffDelimiter("\"a,b,c\";x;y\n".getBytes(StandardCharsets.UTF_8)));

        String pipes = "title|abstract\nFIXTURE: t|FIXTURE: piped\n";
        Readers.Drained piped = Readers.drain(RecordReaders.open(
                InputBytesTest.file(pipes.getBytes(StandardCharsets.UTF_8), "p.csv"), InputFormat.CSV, new ReadOptions('|')));
        assertEquals("FIXTURE: piped", piped.records().get(0).text());
        assertThrows(CorpusFormatException.class, () -> RecordReaders.open(new ByteArrayInputStream(
                pipes.getBytes(StandardCharsets.UTF_8)), "p.csv", InputFormat.CSV), "without the option: no abstract column");
    }
}
