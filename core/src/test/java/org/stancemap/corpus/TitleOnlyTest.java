package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One rule for every reader: a record with a title and no abstract is read on its title and known
 * as title-only; a record with neither is rejected as empty. Fixtures: {@code title-only.jsonl},
 * {@code title-only.csv} (hand-made) and the R Discovery fixture's title-only entry.
 */
class TitleOnlyTest {

    private static Readers.Drained read(InputFormat format, String resource) throws IOException {
        return Readers.drain(RecordReaders.open(Readers.resource(resource), resource, format));
    }

    @Test
    void theRuleTakesTheTextElseTheTitle() {
        assertEquals("abstract", AbstractRecord.textOrTitle("abstract", "title"));
        assertEquals("title", AbstractRecord.textOrTitle("  ", "title"));
        assertEquals("title", AbstractRecord.textOrTitle(null, "title"));
        assertNull(AbstractRecord.textOrTitle(null, " "));
    }

    @Test
    void jsonlReadsATitleOnlyRecordOnItsTitle() throws IOException {
        Readers.Drained d = read(InputFormat.JSONL, "title-only.jsonl");
        assertEquals(List.of("fx-title-1", "fx-title-2", "fx-both"), d.records().stream().map(AbstractRecord::id).toList());
        AbstractRecord t = d.records().get(0);
        assertEquals("FIXTURE: Scoring citizens in pilot cities", t.text());
        assertTrue(t.isTitleOnly());
        assertTrue(d.records().get(1).isTitleOnly());
        assertFalse(d.records().get(2).isTitleOnly());
        assertEquals(1, d.rejects().size());
        assertEquals(4, d.rejects().get(0).line());
        assertTrue(d.rejects().get(0).reason().startsWith("empty text"), d.rejects().get(0).reason());
    }

    @Test
    void theFlagIsDerivedAndNotWrittenWithTheRecord() throws IOException {
        AbstractRecord t = new AbstractRecord("x", null, "FIXTURE: a title", null, null, null, null, "FIXTURE: a title", null,
                null, null);
        String json = Json.mapper().writeValueAsString(t);
        assertFalse(json.contains("itle_only") || json.contains("titleOnly"), json);
        assertEquals(t, Json.mapper().readValue(json, AbstractRecord.class));
    }

    @Test
    void csvReadsATitleOnlyRecordOnItsTitle() throws IOException {
        Readers.Drained d = read(InputFormat.CSV, "title-only.csv");
        assertEquals(List.of("fx-title-1", "fx-both"), d.records().stream().map(AbstractRecord::id).toList());
        assertTrue(d.records().get(0).isTitleOnly());
        assertEquals("FIXTURE: Scoring citizens in pilot cities", d.records().get(0).text());
        assertFalse(d.records().get(1).isTitleOnly());
        assertEquals(List.of(4L), d.rejects().stream().map(Reject::line).toList());
        assertTrue(d.rejects().get(0).reason().startsWith("empty text"));
    }

    @Test
    void rDiscoveryTitleOnlyEntriesAreTitleOnlyToo() throws IOException {
        Readers.Drained d = read(InputFormat.RDISCOVERY, "rdiscovery-fixture.txt");
        assertTrue(d.records().stream().anyMatch(AbstractRecord::isTitleOnly), "the fixture's line-12 entry");
        assertTrue(d.records().stream().anyMatch(r -> !r.isTitleOnly()));
    }
}
