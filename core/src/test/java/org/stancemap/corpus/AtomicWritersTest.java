package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWritersTest {

    @TempDir
    Path dir;

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void abortLeavesNoFileAndNoTemporary() throws IOException {
        Path target = dir.resolve("out.jsonl");
        assertThrows(IllegalStateException.class, () -> {
            try (JsonlWriter<Reject> w = JsonlWriter.create(target)) {
                w.write(new Reject("f", 1, "r", "x"));
                throw new IllegalStateException("failure half-way");
            }
        });
        assertEquals(List.of(), files());
    }

    @Test
    void abortKeepsTheOldTargetAndCommitReplacesIt() throws IOException {
        Path target = dir.resolve("out.csv");
        Files.writeString(target, "old\n");
        try (CsvWriter w = CsvWriter.create(target, List.of("a"))) {
            w.writeRow(List.of("new"));
            assertEquals("old\n", Files.readString(target), "nothing visible before commit");
        }
        assertEquals("old\n", Files.readString(target));
        assertEquals(List.of("out.csv"), files());

        try (CsvWriter w = CsvWriter.create(target, List.of("a"))) {
            w.writeRow(List.of("new"));
            w.commit();
        }
        assertEquals("a\nnew\n", Files.readString(target));
        assertEquals(List.of("out.csv"), files());
    }

    @Test
    void jsonlIsUtf8OneObjectPerLineInPropertyOrder() throws IOException {
        Path target = dir.resolve("rejects.jsonl");
        try (JsonlWriter<Reject> w = JsonlWriter.create(target)) {
            w.write(new Reject("f.txt", 3, "Грамматика \"x\"\nzwei", null));
            w.write(new Reject("g.txt", 4, "r", "raw"));
            assertEquals(2, w.written());
            w.commit();
        }
        assertEquals("{\"file\":\"f.txt\",\"line\":3,\"reason\":\"Грамматика \\\"x\\\"\\nzwei\",\"raw\":null}\n"
                + "{\"file\":\"g.txt\",\"line\":4,\"reason\":\"r\",\"raw\":\"raw\"}\n", Files.readString(target));
    }

    @Test
    void writingAfterCommitOrTwiceCommittingFails() throws IOException {
        Path target = dir.resolve("x.jsonl");
        try (JsonlWriter<String> w = JsonlWriter.create(target)) {
            w.commit();
            assertThrows(IllegalStateException.class, () -> w.write("late"));
            assertThrows(IllegalStateException.class, w::commit);
        }
        assertEquals("", Files.readString(target));
        assertFalse(Files.exists(dir.resolve("missing-dir").resolve("y.jsonl")));
        assertThrows(IOException.class, () -> JsonlWriter.create(dir.resolve("missing-dir").resolve("y.jsonl")));
    }
}
