package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MedlineReaderTest {

    /** FIXTURE: invented records in PubMed's MEDLINE layout, CRLF as PubMed writes them. */
    static final String NBIB = String.join("\r\n",
            "PMID- 10000001", "OWN - NLM", "DP  - 2018 Mar 5",
            "TI  - FIXTURE: A title that", "      wraps.",
            "LID - 10.1234/fixture.nbib.1 [doi]", "LID - 53",
            "AB  - FIXTURE: an abstract over", "      two lines.",
            "FAU - Doe, Jane", "JT  - Fixture Journal of Medicine", "TA  - Fixture J Med", "PT  - Journal Article",
            "PT  - Review", "",
            "PMID- 10000002", "DP  - 2017", "TI  - FIXTURE: Title only.", "AID - S0000 [pii]", "",
            "PMID- 10000003", "OWN - NLM", "");

    @Test
    void readsRecordsWithWrappedValues() throws IOException {
        Readers.Drained d = Readers.read(InputFormat.MEDLINE, NBIB);
        assertEquals(List.of("10000001", "10000002"), d.records().stream().map(AbstractRecord::id).toList());
        AbstractRecord r = d.records().get(0);
        assertEquals("FIXTURE: A title that wraps.", r.title());
        assertEquals("FIXTURE: an abstract over two lines.", r.text());
        assertEquals("10.1234/fixture.nbib.1", r.doi());
        assertEquals("2018", r.published());
        assertEquals("Fixture Journal of Medicine", r.venue());
        assertEquals("Journal Article", r.type());
        assertEquals("FIXTURE: Title only.", d.records().get(1).text());
        assertEquals(List.of(21L), d.rejects().stream().map(Reject::line).toList());
    }
}
