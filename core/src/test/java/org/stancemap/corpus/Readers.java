package org.stancemap.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: drain a source into accepted records and rejects. */
final class Readers {

    /** Path of the real seed copy, relative to the project directory where tests run. */
    static final Path SEED = Path.of("corpus", "seed-rdiscovery-000_6683469129a847d7.txt");

    record Drained(List<AbstractRecord> records, List<Reject> rejects) {
        int total() {
            return records.size() + rejects.size();
        }
    }

    private Readers() {}

    static Drained drain(RecordSource source) throws IOException {
        List<AbstractRecord> records = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        try (source) {
            while (source.hasNext()) {
                Ingested item = source.next();
                if (item instanceof Ingested.Accepted a) {
                    records.add(a.record());
                } else if (item instanceof Ingested.Rejected r) {
                    rejects.add(r.reject());
                }
            }
        }
        return new Drained(records, rejects);
    }

    static Drained read(InputFormat format, byte[] bytes) throws IOException {
        return drain(RecordReaders.open(new ByteArrayInputStream(bytes), "mem." + format.id(), format));
    }

    static Drained read(InputFormat format, String text) throws IOException {
        return read(format, text.getBytes(StandardCharsets.UTF_8));
    }

    static InputStream resource(String name) {
        InputStream in = Readers.class.getResourceAsStream("/corpus/" + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("test resource /corpus/" + name + " is missing"));
        }
        return in;
    }

    /** {@code text} with every {@code '~'} replaced by the invalid UTF-8 pair C3 28. */
    static byte[] withInvalidByte(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte b : utf8) {
            if (b == '~') {
                out.write(0xC3);
                out.write(0x28);
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }
}
