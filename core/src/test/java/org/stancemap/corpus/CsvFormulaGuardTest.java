package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV cells that a spreadsheet would run as a formula are written with a leading single quote
 * (OWASP CSV injection), and read back without it. The cell values are hand-made fixtures.
 */
class CsvFormulaGuardTest {

    @TempDir
    Path tmp;

    @Test
    void formulaLikeCellsGetAQuoteAndNumbersDoNot() throws IOException {
        Path out = tmp.resolve("cells.csv");
        try (CsvWriter w = CsvWriter.create(out, List.of("a", "b", "c", "d", "e", "f", "g", "h"))) {
            w.writeRow(Arrays.asList("=HYPERLINK(\"http://x\")", "+1", "-cmd", "@SUM(A1)", "\tx", "plain", -0.5, "a=b"));
            w.commit();
        }
        String body = Files.readAllLines(out, StandardCharsets.UTF_8).get(1);
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-cmd,'@SUM(A1),'\tx,plain,-0.5,a=b", body);
    }

    @Test
    void guardedRecordsReadBackAsWritten() throws IOException {
        Path out = tmp.resolve("records.csv");
        List<String> texts = List.of("=1+1 FIXTURE", "- FIXTURE: starts with a dash", "@FIXTURE", "'=already quoted", "FIXTURE plain");
        try (CsvWriter w = CsvWriter.create(out, CsvWriter.RECORD_COLUMNS)) {
            for (int i = 0; i < texts.size(); i++) {
                w.writeRow(CsvWriter.rowOf(new AbstractRecord("-" + i, null, "+title", null, null, null, null, texts.get(i),
                        null, null, null)));
            }
            w.commit();
        }
        Readers.Drained d = Readers.drain(CsvReader.open(out));
        assertEquals(texts, d.records().stream().map(AbstractRecord::text).toList());
        assertEquals(List.of("-0", "-1", "-2", "-3", "-4"), d.records().stream().map(AbstractRecord::id).toList());
        assertEquals("+title", d.records().get(0).title());
    }
}
