package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class InputBytesTest {

    /** {@code bytes} in a new temporary file called {@code name}, deleted when the JVM exits. */
    static Path file(byte[] bytes, String name) {
        try {
            Path dir = Files.createTempDirectory("stancemap-input");
            Path p = dir.resolve(name);
            Files.write(p, bytes);
            p.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void gzipIsUndoneWhateverTheFileIsCalled() throws IOException {
        byte[] jsonl = "{\"id\": \"a\", \"text\": \"FIXTURE: gzipped.\"}\n".getBytes(StandardCharsets.UTF_8);
        for (String name : List.of("in.jsonl", "in.jsonl.gz", "noext")) {
            Readers.Drained d = Readers.drain(RecordReaders.open(file(gzip(jsonl), name), null));
            assertEquals(List.of("FIXTURE: gzipped."), d.records().stream().map(AbstractRecord::text).toList(), name);
        }
        byte[] ris = RisReaderTest.fixture();
        assertEquals(4, Readers.drain(RecordReaders.open(file(gzip(ris), "refs.ris.gz"), null)).records().size());
    }

    @Test
    void utf16IsDecodedWithANote() throws IOException {
        String text = "\uFEFFTY  - JOUR\r\nTI  - FIXTURE: caf\u00e9\r\nER  - \r\n";
        for (var cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            InputBytes.Opened o = InputBytes.open(new ByteArrayInputStream(text.getBytes(cs)));
            assertEquals("decoded as " + cs.name(), o.note());
            Readers.Drained d = Readers.drain(RecordReaders.open(o.in(), "u16.txt", null));
            assertEquals("FIXTURE: caf\u00e9", d.records().get(0).title());
        }
        InputBytes.Opened noBom = InputBytes.open(new ByteArrayInputStream(text.substring(1).getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("decoded as UTF-16LE", noBom.note(), "told by its NUL bytes");
    }

    @Test
    void latin1IsNotGuessedButNamedAsTheLikelyCause() throws IOException {
        byte[] latin1 = "TY  - JOUR\nTI  - FIXTURE: caf\u00e9\nER  -\n".getBytes(StandardCharsets.ISO_8859_1);
        InputBytes.Opened o = InputBytes.open(new ByteArrayInputStream(latin1));
        assertTrue(o.note().startsWith("not UTF-8 (probably Latin-1 or Windows-1252)"), o.note());
        Readers.Drained d = Readers.drain(RecordReaders.open(o.in(), "latin1.ris", null));
        assertEquals(0, d.records().size());
        assertTrue(d.rejects().get(0).reason().contains("Latin-1"), d.rejects().get(0).reason());
        assertNull(InputBytes.open(new ByteArrayInputStream("caf\u00e9 ok".getBytes(StandardCharsets.UTF_8))).note());
    }

    @Test
    void aDashReadsStandardInput() throws IOException {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(RisReaderTest.fixture()));
            try (RecordSource s = RecordReaders.open(Path.of("-"), null)) {
                assertEquals("-", s.name());
                assertEquals(4, Readers.drain(s).records().size());
            }
        } finally {
            System.setIn(stdin);
        }
    }
}
