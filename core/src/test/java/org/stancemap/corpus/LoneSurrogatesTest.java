package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON escape that decodes to an unpaired surrogate ({@code "\ud800"}) costs its record only: the
 * record is rejected with file, line and the field, the rest is read, and no writer fails on one.
 * Fixture: {@code lone-surrogates.jsonl} (hand-made, ASCII with the escapes written out).
 */
class LoneSurrogatesTest {

    @TempDir
    Path tmp;

    @Test
    void findsOnlyUnpairedSurrogates() {
        assertEquals(-1, LoneSurrogates.indexIn("plain"));
        assertEquals(-1, LoneSurrogates.indexIn("pair \ud83d\ude00 ok"));
        assertEquals(2, LoneSurrogates.indexIn("ab\ud800"));
        assertEquals(1, LoneSurrogates.indexIn("a\udc00b"));
        assertEquals(0, LoneSurrogates.indexIn("\ud83d\ud83d\ude00"));
        assertEquals("a\ufffdb", LoneSurrogates.replaced("a\udc00b"));
        assertNull(LoneSurrogates.problem("id", null));
    }

    @Test
    void eachRecordWithOneIsRejectedWithItsLineAndField() throws IOException {
        Readers.Drained d = Readers.drain(RecordReaders.open(Readers.resource("lone-surrogates.jsonl"),
                "lone-surrogates.jsonl", InputFormat.JSONL));
        assertEquals(List.of("fx-ok", "fx-pair"), d.records().stream().map(AbstractRecord::id).toList());
        assertEquals(List.of(2L, 3L, 4L, 5L), d.rejects().stream().map(Reject::line).toList());
        List<String> fields = List.of("'id'", "'title'", "'venue'", "'text'");
        for (int i = 0; i < fields.size(); i++) {
            Reject r = d.rejects().get(i);
            assertEquals("lone-surrogates.jsonl", r.file());
            assertTrue(r.reason().contains("field " + fields.get(i)) && r.reason().contains("unpaired surrogate"), r.reason());
            assertEquals(-1, LoneSurrogates.indexIn(r.raw()), "the raw line is the escaped ASCII text");
        }
    }

    @Test
    void writersDoNotFailOnOneButWriteTheReplacementCharacter() throws IOException {
        Path out = tmp.resolve("out.jsonl");
        try (JsonlWriter<Reject> w = JsonlWriter.create(out)) {
            w.write(new Reject("f\ud800", 1, "reason", "raw \udc00"));
            w.commit();
        }
        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(written.contains("f\ufffd") && written.contains("raw \ufffd"), written);
        Path csv = tmp.resolve("out.csv");
        try (CsvWriter w = CsvWriter.create(csv, List.of("a"))) {
            w.writeRow(List.of("x\ud800"));
            w.commit();
        }
        assertTrue(Files.readString(csv, StandardCharsets.UTF_8).contains("x\ufffd"));
    }
}
