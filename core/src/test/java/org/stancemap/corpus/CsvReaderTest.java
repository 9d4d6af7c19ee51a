package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

    @TempDir
    Path dir;

    @Test
    void roundTripsRecordsThroughTheWriter() throws IOException {
        List<AbstractRecord> records = Readers.drain(RDiscoveryReader.open(Readers.SEED)).records().stream()
                .map(r -> new AbstractRecord(r.id(), r.doi(), r.title(), r.type(), r.published(), r.venue(), r.citations(),
                        r.text() + "\nA second line, \"quoted\", with commas.", "legal-descriptive", "w", r.source()))
                .toList();
        Path file = dir.resolve("records.csv");
        try (CsvWriter w = CsvWriter.create(file, CsvWriter.RECORD_COLUMNS)) {
            for (AbstractRecord r : records) {
                w.writeRow(CsvWriter.rowOf(r));
            }
            w.commit();
        }
        Readers.Drained back = Readers.drain(CsvReader.open(file));
        assertEquals(List.of(), back.rejects());
        assertEquals(records.size(), back.records().size());
        long expectedLine = 2;
        for (int i = 0; i < records.size(); i++) {
            AbstractRecord got = back.records().get(i);
            assertEquals(CsvWriter.rowOf(records.get(i)), CsvWriter.rowOf(got), "record " + i);
            assertEquals(new SourceRef(file.toString(), expectedLine), got.source(), "record " + i);
            expectedLine += 2; // every text spans two lines
        }
    }

    @Test
    void findsColumnsByNameAndAliasIgnoringOthers() throws IOException {
        String csv = "Extra, ABSTRACT ,Journal,Year,ID,Citations\n"
                + "zzz,\"An abstract, with a comma.\",Some Venue,2020,17,5\n"
                + "zzz,Second abstract.,,,18,\n";
        Readers.Drained d = Readers.read(InputFormat.CSV, csv);
        assertEquals(List.of(), d.rejects());
        AbstractRecord a = d.records().get(0);
        assertEquals("An abstract, with a comma.", a.text());
        assertEquals("Some Venue", a.venue());
        assertEquals("2020", a.published());
        assertEquals("17", a.id());
        assertEquals(5, a.citations());
        AbstractRecord b = d.records().get(1);
        assertNull(b.venue());
        assertNull(b.published());
        assertNull(b.citations());
    }

    @Test
    void textColumnWinsOverAbstractUnlessEmpty() throws IOException {
        Readers.Drained d = Readers.read(InputFormat.CSV, "text,abstract\nFrom text.,From abstract.\n,Only abstract.\n");
        assertEquals(List.of("From text.", "Only abstract."), d.records().stream().map(AbstractRecord::text).toList());
    }

    @Test
    void multiLineQuotedFieldsKeepTheLineWhereTheRowStarts() throws IOException {
        String csv = "id,text\n"
                + "a,\"one\nline two\nline three\"\n"
                + "b,single\n"
                + "\n"
                + "c,\"x\"\"y\"\"\n\"\n";
        Readers.Drained d = Readers.read(InputFormat.CSV, csv);
        assertEquals(List.of(), d.rejects());
        assertEquals(List.of(2L, 5L, 7L), d.records().stream().map(r -> r.source().line()).toList());
        assertEquals("one\nline two\nline three", d.records().get(0).text());
        assertEquals("x\"y\"\n", d.records().get(2).text());
    }

    @Test
    void rejectsBadRowsWithTheirLineAndReadsOn() throws IOException {
        String csv = "id,text,citations,published\n"
                + "ok-1,Good.,1,2020\n"          // 2
                + "few,Too few\n"                // 3
                + "many,a,1,2020,extra\n"        // 4
                + "empty, ,1,2020\n"             // 5
                + "cites,Fine.,lots,2020\n"      // 6
                + "date,Fine.,1,whenever\n"      // 7
                + "multi,\"Spans\ntwo ~ lines\",1,2020\n" // 8-9, invalid UTF-8 on 9
                + "syntax,\"closed\"junk,1,2020\n" // 10
                + "ok-2,\"Also\ngood.\",2,2021\n"; // 11-12
        Readers.Drained d = Readers.read(InputFormat.CSV, Readers.withInvalidByte(csv));

        assertEquals(List.of("ok-1", "ok-2"), d.records().stream().map(AbstractRecord::id).toList());
        assertEquals(11L, d.records().get(1).source().line());
        assertEquals(List.of(3L, 4L, 5L, 6L, 7L, 8L, 10L), d.rejects().stream().map(Reject::line).toList());
        assertEquals(9, d.total(), "accepted + rejected = data rows");

        List<String> reasons = d.rejects().stream().map(Reject::reason).toList();
        assertEquals("expected 4 fields as in the header, found 2", reasons.get(0));
        assertEquals("expected 4 fields as in the header, found 5", reasons.get(1));
        assertTrue(reasons.get(2).startsWith("empty text"), reasons.get(2));
        assertEquals("column 'citations' must be a non-negative integer, found 'lots'", reasons.get(3));
        assertTrue(reasons.get(4).startsWith("column 'published': malformed date 'whenever'"), reasons.get(4));
        assertEquals("invalid UTF-8 at line 9", reasons.get(5));
        assertTrue(reasons.get(6).startsWith("CSV syntax error"), reasons.get(6));
        assertEquals("few,Too few", d.rejects().get(0).raw());
        assertEquals("multi,\"Spans\ntwo \uFFFD( lines\",1,2020", d.rejects().get(5).raw());
    }

    @Test
    void unclosedQuoteRejectsTheRestAsOneRow() throws IOException {
        Readers.Drained d = Readers.read(InputFormat.CSV, "id,text\na,fine\nb,\"never closed\nc,lost\n");
        assertEquals(1, d.records().size());
        assertEquals(1, d.rejects().size());
        assertEquals(3, d.rejects().get(0).line());
        assertTrue(d.rejects().get(0).reason().startsWith("CSV syntax error"), d.rejects().get(0).reason());
    }

    @Test
    void missingTextColumnFailsTheFileNamingTheColumns() {
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> new CsvReader(
                new ByteArrayInputStream("id,Title,doi\n1,x,y\n".getBytes(StandardCharsets.UTF_8)), "papers.csv"));
        assertEquals("papers.csv: no 'text' or 'abstract' column in the header (columns found: id, Title, doi)", e.getMessage());
    }

    @Test
    void emptyFileAndBadHeaderFailTheFile() {
        assertThrows(CorpusFormatException.class,
                () -> new CsvReader(new ByteArrayInputStream(new byte[0]), "empty.csv"));
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> new CsvReader(
                new ByteArrayInputStream(Readers.withInvalidByte("id,te~xt\n1,a\n")), "bad.csv"));
        assertEquals("bad.csv:1: cannot read the header row: invalid UTF-8 at line 1", e.getMessage());
        assertThrows(CorpusFormatException.class, () -> new CsvReader(
                new ByteArrayInputStream("text,TEXT\na,b\n".getBytes(StandardCharsets.UTF_8)), "dup.csv"));
    }

    @Test
    void writerTakesMapsAndRefusesUnknownColumns() throws IOException {
        Path file = dir.resolve("rows.csv");
        try (CsvWriter w = CsvWriter.create(file, List.of("id", "text", "score"))) {
            w.writeRow(Map.of("id", "1", "text", " padded, \"quoted\" ", "score", 0.5));
            w.writeRow(Map.of("text", "no id"));
            w.writeRow(List.of(" lead", "trail ", "#"));
            assertThrows(IllegalArgumentException.class, () -> w.writeRow(Map.of("nope", 1)));
            assertThrows(IllegalArgumentException.class, () -> w.writeRow(List.of("too", "few")));
            assertThrows(IllegalArgumentException.class, () -> w.writeRow(java.util.Arrays.asList("1", List.of(), null)));
            w.commit();
        }
        assertEquals("id,text,score\n1,\" padded, \"\"quoted\"\" \",0.5\n,no id,\n lead,trail ,#\n",
                Files.readString(file), "RFC 4180: only separators, quotes and line breaks need quotes");
        assertEquals(List.of(" padded, \"quoted\" ", "no id", "trail "),
                Readers.drain(CsvReader.open(file)).records().stream().map(AbstractRecord::text).toList(),
                "spaces survive the round trip");
    }

    @Test
    void writerWritesTheHeaderEvenWithoutRows() throws IOException {
        Path file = dir.resolve("empty.csv");
        try (CsvWriter w = CsvWriter.create(file, List.of("id", "text"))) {
            w.commit();
        }
        assertEquals("id,text\n", Files.readString(file));
    }
}
