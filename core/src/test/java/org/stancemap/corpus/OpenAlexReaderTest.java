package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenAlexReaderTest {

    /** FIXTURE: an invented work in the shape of the OpenAlex API. */
    static final String WORK = "{\"id\": \"https://openalex.org/W1\", \"doi\": \"https://doi.org/10.1234/fixture.oa.1\","
            + " \"title\": \"FIXTURE: A work\", \"display_name\": \"FIXTURE: A work\", \"publication_year\": 2020,"
            + " \"publication_date\": \"2020-02-03\", \"type\": \"article\", \"cited_by_count\": 5,"
            + " \"primary_location\": {\"source\": {\"display_name\": \"Fixture Letters\"}},"
            + " \"abstract_inverted_index\": {\"FIXTURE:\": [0], \"words\": [1, 4], \"in\": [2], \"their\": [3]}}";
    static final String NO_ABSTRACT = "{\"id\": \"https://openalex.org/W2\", \"display_name\": \"FIXTURE: Title only\","
            + " \"publication_year\": 2019, \"abstract_inverted_index\": null, \"primary_location\": null}";

    @Test
    void readsASingleWorkObject() throws IOException {
        Readers.Drained d = Readers.read(InputFormat.OPENALEX, WORK.replace(", ", ",\n  "));
        AbstractRecord r = d.records().get(0);
        assertEquals("FIXTURE: words in their words", r.text());
        assertEquals("https://openalex.org/W1", r.id());
        assertEquals("https://doi.org/10.1234/fixture.oa.1", r.doi());
        assertEquals("2020-02-03", r.published());
        assertEquals("Fixture Letters", r.venue());
        assertEquals(5, r.citations());
        assertEquals("article", r.type());
    }

    @Test
    void readsAResultsPageAndAnArray() throws IOException {
        for (String doc : List.of("{\"meta\": {\"count\": 2},\n\"results\": [" + WORK + ",\n" + NO_ABSTRACT + "], \"group_by\": []}",
                "[" + WORK + ",\n" + NO_ABSTRACT + "]")) {
            Readers.Drained d = Readers.read(InputFormat.OPENALEX, doc);
            assertEquals(2, d.records().size(), doc);
            assertEquals("FIXTURE: Title only", d.records().get(1).text(), "title-only rule");
            assertEquals("2019", d.records().get(1).published());
        }
    }

    @Test
    void readsSnapshotLinesAndRejectsOnlyTheBadOne() throws IOException {
        String legacy = "{\"id\": \"https://openalex.org/W3\", \"title\": \"FIXTURE: 2021 schema\", \"host_venue\": "
                + "{\"display_name\": \"Old Venue\"}, \"abstract_inverted_index\": {\"IndexLength\": 2, "
                + "\"InvertedIndex\": {\"Old\": [0], \"schema.\": [1]}}}";
        Readers.Drained d = Readers.read(InputFormat.OPENALEX, WORK + "\n{\"id\": broken\n\n" + legacy + "\n[1]\n");
        assertEquals(List.of("FIXTURE: words in their words", "Old schema."), d.records().stream().map(AbstractRecord::text).toList());
        assertEquals("Old Venue", d.records().get(1).venue());
        assertEquals(List.of(2L, 5L), d.rejects().stream().map(Reject::line).toList());
        assertTrue(d.rejects().get(0).reason().startsWith("malformed JSON"));
    }
}
