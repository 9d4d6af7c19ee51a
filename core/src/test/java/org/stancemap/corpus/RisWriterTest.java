package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Records written as RIS read back with the same fields: on the hand-made fixture and on the shared RIS samples. */
class RisWriterTest {

    @TempDir
    Path tmp;

    /** The fields a RIS round trip keeps: all but the label, the work and the source. */
    record Fields(String id, String doi, String title, String type, String published, String venue, Integer citations,
                  String text) {
        static Fields of(AbstractRecord r) {
            return new Fields(r.id(), r.doi(), r.title(), r.type(), r.published(), r.venue(), r.citations(), r.text());
        }
    }

    private Readers.Drained roundTrip(List<AbstractRecord> records, Path out) throws IOException {
        try (RisWriter w = RisWriter.create(out)) {
            for (AbstractRecord r : records) {
                w.write(r, List.of("stance:policy-evaluative"), List.of("stancemap: stance policy-evaluative, confidence 0.900"));
            }
            w.commit();
        }
        return Readers.drain(RecordReaders.open(out, null));
    }

    @Test
    void theFixtureSurvivesARoundTrip() throws IOException {
        List<AbstractRecord> records = Readers.read(InputFormat.RIS, RisReaderTest.fixture()).records();
        Path out = tmp.resolve("out.ris");
        Readers.Drained back = roundTrip(records, out);
        assertEquals(List.of(), back.rejects());
        assertEquals(records.stream().map(Fields::of).toList(), back.records().stream().map(Fields::of).toList());
        String ris = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(ris.startsWith("\uFEFFTY  - JOUR\r\n"), ris);
        assertTrue(ris.contains("KW  - stance:policy-evaluative\r\nN1  - stancemap: stance policy-evaluative, confidence 0.900\r\nER  - \r\n"), ris);
    }

    @Test
    void otherFormatsRecordsSurviveToo() throws IOException {
        AbstractRecord odd = new AbstractRecord("k1", null, "FIXTURE: t", "incollection", "2020-02-29", "V", 3,
                "FIXTURE: a text\nover two lines", null, null, new SourceRef("x", 1));
        Readers.Drained back = roundTrip(List.of(odd), tmp.resolve("odd.ris"));
        Fields f = Fields.of(back.records().get(0));
        assertEquals(new Fields("k1", null, "FIXTURE: t", "incollection", "2020-02-29", "V", 3, "FIXTURE: a text over two lines"), f,
                "a type without a RIS code goes through M3; line breaks become spaces");
    }

    /** {@code in}'s records copied with {@link RisWriter#writeLines}, with a keyword and a note added. */
    private Path copyLines(Path in) throws IOException {
        Path out = tmp.resolve(in.getFileName() + ".lines.ris");
        try (RecordSource s = RecordReaders.open(in, InputFormat.RIS); RisWriter w = RisWriter.create(out)) {
            RisReader reader = (RisReader) ((CleaningSource) s).unwrap();
            reader.keepRecordLines();
            while (s.hasNext()) {
                if (s.next() instanceof Ingested.Accepted) {
                    w.writeLines(reader.lastRecordLines(), List.of("stance:x"), List.of("stancemap: note"));
                }
            }
            w.commit();
        }
        return out;
    }

    @Test
    void theFixtureCopiedLineForLineReadsTheSame() throws IOException {
        Path in = tmp.resolve("fixture.ris");
        Files.write(in, RisReaderTest.fixture());
        List<AbstractRecord> records = Readers.drain(RecordReaders.open(in, null)).records();
        Path out = copyLines(in);
        assertEquals(records.stream().map(Fields::of).toList(),
                Readers.drain(RecordReaders.open(out, null)).records().stream().map(Fields::of).toList());
        assertTrue(Files.readString(out).contains("AU  - Doe, Jane\r\n"));
    }

    @TestFactory
    Stream<DynamicTest> theSharedRisSamplesSurviveARoundTrip() throws IOException {
        Path dir = SharedFormatsConformanceTest.FORMATS.resolve("ris");
        Assumptions.assumeTrue(Files.isDirectory(dir), "skipped: the shared export samples are absent ("
                + dir.toAbsolutePath().normalize() + " not found)");
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                List<AbstractRecord> records = Readers.drain(RecordReaders.open(p, InputFormat.RIS)).records();
                Readers.Drained back = roundTrip(records, tmp.resolve(p.getFileName() + ".out.ris"));
                assertEquals(List.of(), back.rejects());
                assertEquals(records.stream().map(Fields::of).toList(), back.records().stream().map(Fields::of).toList());
                Readers.Drained copied = Readers.drain(RecordReaders.open(copyLines(p), InputFormat.RIS));
                assertEquals(List.of(), copied.rejects());
                assertEquals(records.stream().map(Fields::of).toList(), copied.records().stream().map(Fields::of).toList(),
                        "records copied line for line");
            }));
        }
    }
}
