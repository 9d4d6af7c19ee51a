package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WosReadersTest {

    /** FIXTURE: invented records in the Web of Science plain-text layout. */
    static final String PLAIN = String.join("\n",
            "\uFEFFFN Clarivate Analytics Web of Science", "VR 1.0",
            "PT J", "AU Doe, J", "   Roe, R", "TI FIXTURE: A title that wraps", "   onto a second line",
            "SO FIXTURE JOURNAL", "DT Article", "AB FIXTURE: an abstract", "   that continues.", "DI 10.1234/fixture.wos.1",
            "PY 2016", "TC 3", "UT WOS:0001", "ER", "",
            "PT J", "TI FIXTURE: Title only", "PY 2015", "UT WOS:0002", "ER", "",
            "PT J", "AU Nobody", "ER", "",
            "PT B", "TI FIXTURE: Last record without ER", "AB FIXTURE: still read.", "EF");

    @Test
    void readsPlainTextRecords() throws IOException {
        Readers.Drained d = Readers.read(InputFormat.WOS, PLAIN);
        assertEquals(List.of("WOS:0001", "WOS:0002"), d.records().stream().limit(2).map(AbstractRecord::id).toList());
        AbstractRecord r = d.records().get(0);
        assertEquals("FIXTURE: A title that wraps onto a second line", r.title());
        assertEquals("FIXTURE: an abstract that continues.", r.text());
        assertEquals("FIXTURE JOURNAL", r.venue());
        assertEquals("2016", r.published());
        assertEquals(3, r.citations());
        assertEquals("10.1234/fixture.wos.1", r.doi());
        assertEquals(3L, r.source().line());
        assertEquals("FIXTURE: Title only", d.records().get(1).text());
        assertEquals("FIXTURE: still read.", d.records().get(2).text());
        assertEquals(List.of(24L), d.rejects().stream().map(Reject::line).toList());
    }

    static final String TAB = "PT\tAU\tTI\tSO\tAB\tDI\tPY\tTC\tUT\t\r\n"
            + "J\tDoe, J\tFIXTURE: \"Quoted\" title\tFIXTURE JOURNAL\tFIXTURE: a tab abstract.\t10.1234/fixture.wos.2\t2014\t9\tWOS:0003\t\r\n"
            + "J\tRoe, R\tFIXTURE: No abstract\tFIXTURE JOURNAL\t\t\t2013\t0\tWOS:0004\t\r\n";

    @Test
    void readsTabDelimitedInUtf8AndUtf16() throws IOException {
        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        utf16.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        utf16.write(TAB.getBytes(StandardCharsets.UTF_16LE));
        for (byte[] bytes : List.of(("\uFEFF" + TAB).getBytes(StandardCharsets.UTF_8), utf16.toByteArray(),
                TAB.getBytes(StandardCharsets.UTF_16LE))) {
            Readers.Drained d = Readers.read(InputFormat.WOS, bytes);
            assertEquals(List.of(), d.rejects());
            AbstractRecord r = d.records().get(0);
            assertEquals("FIXTURE: \"Quoted\" title", r.title());
            assertEquals("FIXTURE: a tab abstract.", r.text());
            assertEquals(9, r.citations());
            assertEquals(2L, r.source().line());
            assertEquals("FIXTURE: No abstract", d.records().get(1).text());
        }
    }
}
