package org.stancemap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.classify.ClassifiedRecords;
import org.stancemap.classify.OutputFormat;
import org.stancemap.classify.ResultSchema;
import org.stancemap.classify.Sink;
import org.stancemap.classify.Sinks;
import org.stancemap.corpus.Json;
import org.stancemap.stance.ClassifiedRecord;

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

    @Test
    void readsBackWhatClassifyWritesUnderTheSchemaNames() throws IOException {
        Path out = dir.resolve("written.jsonl");
        List<ClassifiedRecord> written = List.of(ClassifiedRecords.full(), ClassifiedRecords.minimal());
        try (Sink<ClassifiedRecord> sink = Sinks.results(out, OutputFormat.JSONL, ClassifiedRecords.LABELS)) {
            for (ClassifiedRecord r : written) {
                sink.write(r);
            }
            sink.commit();
        }
        Results results = Results.read(List.of(out));
        assertEquals(ClassifiedRecords.LABELS, results.labels());
        for (int i = 0; i < written.size(); i++) {
            ClassifiedRecord w = written.get(i);
            ResultRecord r = results.records().get(i);
            List<ResultRecord.Topic> topics = w.topics() == null ? null
                    : w.topics().stream().map(t -> new ResultRecord.Topic(t.topic(), t.weight(), t.label())).toList();
            assertEquals(new ResultRecord(w.id(), w.doi(), w.title(), w.published(), w.venue(), w.label(), w.confidence(),
                    w.probabilities(), w.gold(), w.model(), w.duplicateOf(), w.source(), w.predictionSet(), w.uncertain(),
                    topics), r);
        }
        // every name the reader knows is a field of the schema
        List<String> schema = ResultSchema.fields().stream().map(ResultSchema.Field::name).toList();
        JsonNode read = Json.mapper().valueToTree(results.records().get(0));
        read.fieldNames().forEachRemaining(name -> assertTrue(schema.contains(name), name));
        assertEquals(15, read.size(), "every field of the reader was read back: " + read);
    }

    private void assertMessage(Path file, String expected) {
        IOException e = assertThrows(IOException.class, () -> Results.read(List.of(file)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
