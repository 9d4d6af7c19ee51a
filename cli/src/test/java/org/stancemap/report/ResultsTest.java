package org.stancemap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsTest {
    private static final String GOOD = "{\"id\":\"a\",\"label\":\"x\",\"confidence\":0.6,\"probabilities\":{\"x\":0.6,\"y\":0.4},"
            + "\"source\":\"in.jsonl:1\",\"explanation\":{\"terms\":[]}}";

    @TempDir
    Path dir;

    @Test
    void readsClassifyOutputIgnoringUnknownFieldsAndBlankLines() throws IOException {
        Path f = write("r.jsonl", GOOD + "\n\n" + GOOD.replace("\"a\"", "\"b\"") + "\n");
        Results r = Results.read(List.of(f));
        assertEquals(List.of("x", "y"), r.labels());
        assertEquals(List.of("a", "b"), r.records().stream().map(ResultRecord::id).toList());
        assertNull(r.records().get(0).topics());
        assertEquals(0.2, r.records().get(0).margin(), 1e-12);
        assertNull(r.records().get(0).year());
    }

    @Test
    void readsTheOptionalFieldsOfNewerOutput() throws IOException {
        ResultRecord f1 = Results.read(List.of(Fixtures.TOPICS)).records().get(0);
        assertEquals(List.of("surveillance-critical", "policy-evaluative"), f1.predictionSet());
        assertEquals(Boolean.TRUE, f1.uncertain());
        assertEquals("credit/market/firm", f1.topTopic().name());
        assertEquals(2019, f1.year());
    }

    @Test
    void errorsNameTheFileAndLine() throws IOException {
        assertMessage(write("a.jsonl", GOOD + "\n{not json\n"), "a.jsonl:2: not a classify result");
        assertMessage(write("b.jsonl", GOOD + "\n" + GOOD.replace("\"y\"", "\"z\"") + "\n"), "b.jsonl:2: labels [x, z] differ");
        assertMessage(write("c.jsonl", "{\"id\":\"a\",\"label\":\"x\"}\n"), "c.jsonl:1: not a classify result (expected");
        assertMessage(write("d.jsonl", GOOD.replace("\"label\":\"x\"", "\"label\":\"q\"") + "\n"), "d.jsonl:1: label 'q'");
        assertMessage(write("e.jsonl", GOOD.replace("0.4}", "1.4}") + "\n"), "e.jsonl:1: probability of 'y' is 1.4");
        assertMessage(write("f.jsonl", "\n"), "no classified record");
        assertMessage(dir.resolve("missing.jsonl"), "missing.jsonl: no such results file");
    }

    private void assertMessage(Path file, String expected) {
        IOException e = assertThrows(IOException.class, () -> Results.read(List.of(file)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
