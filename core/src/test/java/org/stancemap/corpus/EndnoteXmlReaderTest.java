package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndnoteXmlReaderTest {

    private static String style(String s) {
        return "<style face=\"normal\" font=\"default\" size=\"100%\">" + s + "</style>";
    }

    /** FIXTURE: invented records in EndNote's XML layout. */
    static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?><xml><records>"
            + "<record><rec-number>7</rec-number><ref-type name=\"Journal Article\">17</ref-type>"
            + "<titles><title>" + style("FIXTURE: A title") + "</title><secondary-title>" + style("Fix J") + "</secondary-title></titles>"
            + "<periodical><full-title>" + style("Fixture Journal") + "</full-title></periodical>"
            + "<dates><year>" + style("2018") + "</year></dates>"
            + "<electronic-resource-num>" + style("S123&#xD;10.1234/fixture.enx.1") + "</electronic-resource-num>"
            + "<abstract>" + style("FIXTURE: an abstract &amp; more.") + "</abstract></record>"
            + "<record><rec-number>8</rec-number><titles><title>" + style("FIXTURE: Title only") + "</title></titles></record>"
            + "<record><rec-number>9</rec-number></record>"
            + "</records></xml>";

    @Test
    void readsRecords() throws IOException {
        Readers.Drained d = Readers.read(InputFormat.ENDNOTE_XML, XML);
        assertEquals(List.of("7", "8"), d.records().stream().map(AbstractRecord::id).toList());
        AbstractRecord r = d.records().get(0);
        assertEquals("FIXTURE: an abstract & more.", r.text());
        assertEquals("FIXTURE: A title", r.title());
        assertEquals("Fixture Journal", r.venue());
        assertEquals("2018", r.published());
        assertEquals("10.1234/fixture.enx.1", r.doi());
        assertEquals("Journal Article", r.type());
        assertEquals("FIXTURE: Title only", d.records().get(1).text());
        assertEquals("no abstract and no title", d.rejects().get(0).reason());
    }

    @Test
    void malformedXmlRejectsTheRest() throws IOException {
        Readers.Drained d = Readers.read(InputFormat.ENDNOTE_XML, XML.replace("</records>", "<record><oops></records>"));
        assertEquals(2, d.records().size());
        assertTrue(d.rejects().get(d.rejects().size() - 1).reason().startsWith("malformed XML"));
    }
}
