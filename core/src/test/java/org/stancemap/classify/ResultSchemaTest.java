package org.stancemap.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.corpus.Json;
import org.stancemap.stance.ClassifiedRecord;

class ResultSchemaTest {

    static final List<String> LABELS = ClassifiedRecords.LABELS;

    @Test
    void jsonIsTheSchemaInOrderAsEarlierReleasesWroteIt() throws IOException {
        // the bytes of the JSONL line written before the schema (JSON order and names unchanged)
        assertEquals("{\"id\":\"r1\",\"doi\":\"10.1/x\",\"title\":\"A title, quoted \\\"here\\\"\",\"published\":\"2020\","
                + "\"venue\":\"Venue\",\"label\":\"a\",\"confidence\":0.75,\"probabilities\":{\"a\":0.75,\"b\":0.25},"
                + "\"prediction_set\":[\"a\",\"b\"],\"uncertain\":true,\"far_from_labelled\":false,\"title_only\":true,"
                + "\"truncated\":false,\"language\":\"en\",\"explanation\":{\"terms\":[{\"term\":\"credit\",\"weight\":1.5},"
                + "{\"term\":\"=sum\",\"weight\":0.5}],\"nearest\":{\"id\":\"n1\",\"label\":\"b\",\"similarity\":0.625,"
                + "\"snippet\":\"FIXTURE snippet\"}},\"topics\":[{\"topic\":2,\"weight\":0.5,\"label\":\"credit/market/firm\"},"
                + "{\"topic\":0,\"weight\":0.25,\"label\":\"law/court/rule\"}],\"gold\":\"b\",\"model\":\"model-1\","
                + "\"duplicate_of\":\"in.jsonl:1\",\"duplicate_id_of\":\"in.jsonl:3\",\"source\":\"in.jsonl:9\"}",
                Json.mapper().writeValueAsString(ClassifiedRecords.full()));
        assertEquals("{\"id\":\"r2\",\"label\":\"a\",\"confidence\":0.5,\"probabilities\":{\"a\":0.5,\"b\":0.5},"
                + "\"prediction_set\":[],\"uncertain\":false,\"title_only\":false,\"truncated\":false,\"model\":\"model-1\","
                + "\"source\":\"in.jsonl:2\"}", Json.mapper().writeValueAsString(ClassifiedRecords.minimal()));
    }

    @Test
    void jsonlCarriesEveryFieldAndLeavesOutOnlyAbsentOptionalOnes(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("r.jsonl");
        try (Sink<ClassifiedRecord> sink = Sinks.results(out, OutputFormat.JSONL, LABELS)) {
            sink.write(ClassifiedRecords.full());
            sink.write(ClassifiedRecords.minimal());
            sink.commit();
        }
        List<String> lines = Files.readAllLines(out);
        assertEquals(names(ResultSchema.fields()), keys(Json.mapper().readTree(lines.get(0))));
        assertEquals(names(ResultSchema.fields().stream().filter(f -> !f.optional()).toList()),
                keys(Json.mapper().readTree(lines.get(1))));
    }

    @Test
    void csvHeaderAndRowFlattenEveryFieldInSchemaOrder(@TempDir Path dir) throws IOException {
        List<String> header = ResultSchema.columnNames(LABELS);
        assertEquals(List.of("id", "doi", "title", "published", "venue", "label", "confidence", "p_a", "p_b",
                "prediction_set", "uncertain", "far_from_labelled", "title_only", "truncated", "language", "top_terms",
                "nearest_id", "nearest_label", "nearest_similarity", "topics", "gold", "model", "duplicate_of",
                "duplicate_id_of", "source"), header);
        Path out = dir.resolve("r.csv");
        try (Sink<ClassifiedRecord> sink = Sinks.results(out, OutputFormat.CSV, LABELS)) {
            sink.write(ClassifiedRecords.full());
            sink.write(ClassifiedRecords.minimal());
            sink.commit();
        }
        List<Map<String, String>> rows = readCsv(out);
        Map<String, String> expected = new LinkedHashMap<>();
        List<String> values = List.of("r1", "10.1/x", "A title, quoted \"here\"", "2020", "Venue", "a", "0.75", "0.75",
                "0.25", "a|b", "true", "false", "true", "false", "en", "credit|=sum", "n1", "b", "0.625",
                "2:credit/market/firm:0.500|0:law/court/rule:0.250", "b", "model-1", "in.jsonl:1", "in.jsonl:3",
                "in.jsonl:9");
        for (int i = 0; i < header.size(); i++) {
            expected.put(header.get(i), values.get(i));
        }
        assertEquals(expected, rows.get(0));
        for (ResultSchema.Column c : ResultSchema.columns(LABELS)) {
            String cell = rows.get(1).get(c.name());
            if (c.optional()) {
                assertEquals("", cell, c.name());
            }
        }
        assertEquals("", rows.get(1).get("prediction_set"));
        assertEquals("0.5", rows.get(1).get("p_b"));
    }

    @Test
    void flatRowMatchesTheColumnsInSizeAndType() {
        for (ClassifiedRecord r : List.of(ClassifiedRecords.full(), ClassifiedRecords.minimal())) {
            List<ResultSchema.Column> columns = ResultSchema.columns(LABELS);
            List<Object> row = ResultSchema.row(r, LABELS);
            assertEquals(columns.size(), row.size());
            for (int i = 0; i < row.size(); i++) {
                Object v = row.get(i);
                ResultSchema.Column c = columns.get(i);
                if (v == null) {
                    assertEquals(true, c.optional(), c.name() + " is null but not optional");
                    continue;
                }
                Class<?> type = switch (c.type()) {
                    case STRING -> String.class;
                    case DOUBLE -> Double.class;
                    case BOOLEAN -> Boolean.class;
                };
                assertEquals(type, v.getClass(), c.name());
            }
        }
        assertNull(ResultSchema.row(ClassifiedRecords.minimal(), LABELS).get(ResultSchema.columnNames(LABELS).indexOf("nearest_similarity")));
    }

    @Test
    void everyFieldValueHasTheJavaTypeOfItsKind() {
        ClassifiedRecord r = ClassifiedRecords.full();
        for (ResultSchema.Field f : ResultSchema.fields()) {
            Class<?> type = switch (f.kind()) {
                case STRING -> String.class;
                case NUMBER -> Double.class;
                case BOOLEAN -> Boolean.class;
                case STRINGS, TOPICS -> List.class;
                case PROBABILITIES -> Map.class;
                case EXPLANATION -> ClassifiedRecord.Explanation.class;
            };
            assertEquals(true, type.isInstance(f.value(r)), f.name() + " holds " + f.value(r).getClass());
        }
    }

    private static List<String> names(List<ResultSchema.Field> fields) {
        return fields.stream().map(ResultSchema.Field::name).toList();
    }

    private static List<String> keys(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<Map<String, String>> readCsv(Path file) throws IOException {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            return it.readAll();
        }
    }
}
