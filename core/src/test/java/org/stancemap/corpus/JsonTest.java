package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    private static final String WITH_EXTRA = "{\"file\":\"f.jsonl\",\"line\":3,\"reason\":\"r\",\"raw\":\"x\",\"extra\":1}";

    @Test
    void sharedMapperRefusesUnknownKeysButTheLenientReaderIgnoresThem() throws IOException {
        assertThrows(UnrecognizedPropertyException.class, () -> Json.mapper().readValue(WITH_EXTRA, Reject.class));
        assertEquals(new Reject("f.jsonl", 3, "r", "x"), Json.lenientReader(Reject.class).readValue(WITH_EXTRA));
    }

    @Test
    void recordsRoundTripInPropertyOrderWithoutNulls() throws IOException {
        AbstractRecord r = new AbstractRecord("1", null, null, null, "2020", null, 4, "Text é.", null, null,
                new SourceRef("a.txt", 2));
        String json = Json.mapper().writeValueAsString(r);
        assertEquals("{\"id\":\"1\",\"published\":\"2020\",\"citations\":4,\"text\":\"Text é.\","
                + "\"source\":{\"file\":\"a.txt\",\"line\":2}}", json);
        assertEquals(r, Json.mapper().readValue(json, AbstractRecord.class));
    }

    /** A stored part with one required property, for the creator checks of the topic mapper. */
    record Part(int n, String name) {}

    @Test
    void bundleFilesSortMapKeysIndentByTwoSpacesAndRefuseUnknownKeys() throws IOException {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("b", 1);
        value.put("a", List.of(1.5, 2));
        assertEquals("{\n  \"a\" : [ 1.5, 2 ],\n  \"b\" : 1\n}", Json.pretty(Json.bundleMapper()).writeValueAsString(value));
        assertEquals("{\"a\":[1.5,2],\"b\":1}", Json.bundleMapper().writeValueAsString(value));
        assertThrows(UnrecognizedPropertyException.class, () -> Json.bundleMapper().readValue(WITH_EXTRA, Reject.class));
        assertThrows(MismatchedInputException.class, () -> Json.bundleMapper().readValue("{\"n\":null}", Part.class));
    }

    @Test
    void topicFilesAlsoRequireEveryCreatorProperty() throws IOException {
        assertEquals(new Part(1, null), Json.bundleMapper().readValue("{\"n\":1}", Part.class));
        assertThrows(MismatchedInputException.class, () -> Json.topicMapper().readValue("{\"n\":1}", Part.class));
        assertThrows(MismatchedInputException.class, () -> Json.topicMapper().readValue("{\"n\":1,\"name\":null}", Part.class));
    }

    @Test
    void reportTreesKeepDoublesAndNaN() throws IOException {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("x", 0.1);
        value.put("nan", Double.NaN);
        assertEquals("{\n  \"x\" : 0.1,\n  \"nan\" : \"NaN\"\n}",
                Json.pretty(Json.reportMapper()).writeValueAsString(Json.reportMapper().valueToTree(value)));
    }
}
