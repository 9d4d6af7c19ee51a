package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class RecordReadersTest {

    @Test
    void opensTheReaderOfTheFormatOrOfTheExtension() throws IOException {
        try (RecordSource s = RecordReaders.open(Readers.SEED, null)) {
            assertInstanceOf(RDiscoveryReader.class, ((CleaningSource) s).unwrap());
            assertEquals(Readers.SEED.toString(), s.name());
        }
        try (RecordSource s = RecordReaders.open(SeedCorpus.JSONL, InputFormat.JSONL)) {
            assertInstanceOf(JsonlReader.class, ((CleaningSource) s).unwrap());
        }
        try (RecordSource s = RecordReaders.open(new ByteArrayInputStream("text\nx\n".getBytes()), "in", InputFormat.CSV)) {
            assertInstanceOf(CsvReader.class, ((CleaningSource) s).unwrap());
        }
        assertThrows(CorpusFormatException.class,
                () -> RecordReaders.open(new ByteArrayInputStream(new byte[0]), "in", null));
    }

    @Test
    void iteratorContractHolds() throws IOException {
        try (RecordSource s = RecordReaders.open(new ByteArrayInputStream("{\"text\":\"a\"}\n".getBytes()), "in", InputFormat.JSONL)) {
            s.hasNext();
            s.hasNext();
            assertInstanceOf(Ingested.Accepted.class, s.next());
            assertFalse(s.hasNext());
            assertThrows(NoSuchElementException.class, s::next);
        }
    }
}
