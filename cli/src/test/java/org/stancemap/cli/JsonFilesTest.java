package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.corpus.JsonlWriter;
import org.stancemap.corpus.Reject;

/** Report JSON goes through the one atomic writer: the permissions of every output, whole or not at all. */
class JsonFilesTest {

    @TempDir
    Path dir;

    @Test
    void aReportHasThePermissionsOfAJsonlResult() throws IOException {
        Path jsonl = dir.resolve("results.jsonl");
        try (JsonlWriter<Reject> w = JsonlWriter.create(jsonl)) {
            w.write(new Reject("f", 1, "r", "x"));
            w.commit();
        }
        Path report = dir.resolve("report.json");
        JsonFiles.write(report, Map.of("a", 1));
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(jsonl);
        assertEquals(expected, Files.getPosixFilePermissions(report));
        assertEquals("{\n  \"a\" : 1\n}\n", Files.readString(report));
    }

    @Test
    void aFailedWriteKeepsTheEarlierFileAndLeavesNoTemporary() throws IOException {
        Path report = dir.resolve("report.json");
        JsonFiles.write(report, Map.of("version", 1));
        String earlier = Files.readString(report);
        // fails after its first property is written: the partial text must never reach the target
        assertThrows(JsonMappingException.class, () -> JsonFiles.write(report, new FailsHalfWay()));
        assertEquals(earlier, Files.readString(report));
        assertEquals(List.of("report.json"), files());
    }

    @Test
    void writesIntoAFolderItCreates() throws IOException {
        Path report = dir.resolve("new/sub/report.json");
        JsonFiles.write(report, List.of(1.5, Double.NaN));
        assertEquals("[ 1.5, \"NaN\" ]\n", Files.readString(report));
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A value whose second property throws while it is written. */
    public static final class FailsHalfWay {
        public String getA() {
            return "written first";
        }

        public String getB() {
            throw new IllegalStateException("failure half-way");
        }
    }
}
