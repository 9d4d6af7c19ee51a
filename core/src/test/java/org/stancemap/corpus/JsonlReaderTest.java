package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReaderTest {

    @TempDir
    Path dir;

    @Test
    void roundTripsRecordsThroughTheWriter() throws IOException {
        List<AbstractRecord> records = Readers.drain(RDiscoveryReader.open(Readers.SEED)).records();
        List<AbstractRecord> labelled = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            AbstractRecord r = records.get(i);
            labelled.add(new AbstractRecord(r.id(), r.doi(), r.title(), r.type(), r.published(), r.venue(), r.citations(),
                    r.text(), i % 2 == 0 ? "policy-evaluative" : null, i == 3 ? "w-1" : null, r.source()));
        }
        Path file = dir.resolve("records.jsonl");
        try (JsonlWriter<AbstractRecord> w = JsonlWriter.create(file)) {
            for (AbstractRecord r : labelled) {
                w.write(r);
            }
            w.commit();
        }
        assertEquals(labelled.size(), Files.readAllLines(file).size(), "one line per record");

        Readers.Drained back = Readers.drain(JsonlReader.open(file));
        assertEquals(List.of(), back.rejects());
        assertEquals(labelled.size(), back.records().size());
        for (int i = 0; i < labelled.size(); i++) {
            assertEquals(labelled.get(i), withSource(back.records().get(i), labelled.get(i).source()), "record " + i);
            assertEquals(new SourceRef(file.toString(), i + 1), back.records().get(i).source());
        }
    }

    @Test
    void readsAbstractOrTextAndKeepsNumericIdsAsStrings() throws IOException {
        String input = """
                {"id": 42, "abstract": "From the abstract field.", "published": 2021, "citations": 3, "extra": {"a": [1]}}

                {"id": "007", "text": "From the text field.", "abstract": "Not this one.", "published": "Jun 30, 2021"}
                {"id": 12345678901234567890, "text": "Big id.", "title": "", "published": "2021-06-30T00:00:00Z"}
                """;
        Readers.Drained d = Readers.read(InputFormat.JSONL, input);
        assertEquals(List.of(), d.rejects());
        AbstractRecord a = d.records().get(0);
        assertEquals("42", a.id());
        assertEquals("From the abstract field.", a.text());
        assertEquals("2021", a.published());
        assertEquals(3, a.citations());
        AbstractRecord b = d.records().get(1);
        assertEquals("007", b.id());
        assertEquals("From the text field.", b.text());
        assertEquals("2021-06-30", b.published());
        assertEquals(3, b.source().line(), "blank lines are skipped but counted");
        AbstractRecord c = d.records().get(2);
        assertEquals("12345678901234567890", c.id());
        assertNull(c.title(), "a blank string reads as null");
        assertEquals("2021-06-30", c.published());
    }

    @Test
    void rejectsBadLinesWithTheirLineAndReadsOn() throws IOException {
        String longText = "x".repeat(3_000);
        String input = String.join("\n",
                "{\"id\": \"ok-1\", \"text\": \"Good.\"}",
                "{\"id\": \"bad-json\", \"text\": \"unterminated}",
                "[\"not\", \"an\", \"object\"]",
                "{\"id\": \"empty\", \"text\": \"   \"}",
                "{\"id\": \"no-text\", \"title\": \"  \", \"venue\": \"A title-only record is read on its title; this one has none\"}",
                "{\"id\": \"wrong-type\", \"text\": \"Fine.\", \"citations\": \"many\"}",
                "{\"id\": \"wrong-type-2\", \"text\": [\"a\"]}",
                "{\"id\": \"bad-date\", \"text\": \"Fine.\", \"published\": \"sometime\"}",
                "{\"id\": \"dup\", \"text\": \"One.\", \"text\": \"Two.\"}",
                "{\"id\": \"long\", \"text\": \"" + longText + "\", \"citations\": -1}",
                "{\"id\": \"bad-utf8\", \"text\": \"Broken ~ byte.\"}",
                "{\"id\": \"ok-2\", \"text\": \"Also good.\"}");
        Readers.Drained d = Readers.read(InputFormat.JSONL, Readers.withInvalidByte(input));

        assertEquals(List.of("ok-1", "ok-2"), d.records().stream().map(AbstractRecord::id).toList());
        assertEquals(List.of(12L), d.records().stream().skip(1).map(r -> r.source().line()).toList());
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L), d.rejects().stream().map(Reject::line).toList());
        assertEquals(12, d.total());

        List<String> reasons = d.rejects().stream().map(Reject::reason).toList();
        assertTrue(reasons.get(0).startsWith("malformed JSON"), reasons.get(0));
        assertEquals("expected one JSON object per line, found array", reasons.get(1));
        assertTrue(reasons.get(2).startsWith("empty text"), reasons.get(2));
        assertTrue(reasons.get(3).startsWith("empty text"), reasons.get(3));
        assertTrue(reasons.get(4).startsWith("field 'citations' must be a non-negative integer, found string"), reasons.get(4));
        assertEquals("field 'text' must be a string, found array", reasons.get(5));
        assertTrue(reasons.get(6).startsWith("field 'published': malformed date 'sometime'"), reasons.get(6));
        assertTrue(reasons.get(7).startsWith("malformed JSON: Duplicate field 'text'"), reasons.get(7));
        assertTrue(reasons.get(8).startsWith("field 'citations'"), reasons.get(8));
        assertEquals("invalid UTF-8 at line 11", reasons.get(9));
        assertEquals(2_000, d.rejects().get(8).raw().length(), "raw lines are cut");
        assertEquals("{\"id\": \"bad-json\", \"text\": \"unterminated}", d.rejects().get(0).raw());
        assertTrue(d.rejects().stream().allMatch(r -> r.file().equals("mem.jsonl")));
    }

    private static AbstractRecord withSource(AbstractRecord r, SourceRef source) {
        return new AbstractRecord(r.id(), r.doi(), r.title(), r.type(), r.published(), r.venue(), r.citations(), r.text(),
                r.label(), r.work(), source);
    }
}
