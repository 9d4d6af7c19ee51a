package org.stancemap.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Label-set files of both layouts (fixtures: hand-made two-label sets) and the shipped one. */
class LabelSetTest {
    static final String V1 = """
            {"format": "stancemap-labels", "format_version": 1, "name": "t", "version": "1", "source": "fixture",
             "decision_order": ["a", "b"],
             "labels": [{"name": "a", "description": "A.", "prototypes": ["a one"]},
                        {"name": "b", "description": "B.", "prototypes": ["b one"]}]}""";
    static final String V2 = """
            {"format": "stancemap-labels", "format_version": 2, "name": "t", "version": "2", "source": "fixture",
             "labels": [{"name": "a", "description": "A.", "prototypes": [], "acts": ["The authors do a."]},
                        {"name": "b", "description": "B.", "prototypes": [], "acts": ["The authors do b."]}]}""";

    static LabelSet parse(String json) throws IOException {
        return LabelSet.parse(json.getBytes(StandardCharsets.UTF_8), "fixture");
    }

    @Test
    void readsBothLayouts() throws IOException {
        LabelSet v1 = parse(V1);
        assertFalse(v1.hasActs());
        assertEquals(0, v1.labels().get(0).acts().size());
        LabelSet v2 = parse(V2);
        assertTrue(v2.hasActs());
        assertEquals("The authors do b.", v2.labels().get(1).acts().get(0));
    }

    @Test
    void refusesActsInVersionOneAndUnknownVersions() {
        var e = assertThrows(IOException.class, () -> parse(V1.replace("\"prototypes\": [\"b one\"]",
                "\"prototypes\": [], \"acts\": [\"x\"]")));
        assertTrue(e.getMessage().contains("format_version 2"), e.getMessage());
        e = assertThrows(IOException.class, () -> parse(V2.replace("\"format_version\": 2", "\"format_version\": 3")));
        assertTrue(e.getMessage().contains("Unsupported label-set format_version 3"), e.getMessage());
        e = assertThrows(IOException.class, () -> parse(V2.replace("\"acts\"", "\"actz\"")));
        assertTrue(e.getMessage().contains("actz"), e.getMessage());
    }

    @Test
    void theShippedLabelSetGivesEveryStanceActs() throws IOException {
        LabelSet shipped = LabelSet.read(Path.of("corpus/labels.json"));
        assertTrue(shipped.hasActs());
        for (LabelSet.StanceLabel l : shipped.labels()) {
            assertTrue(l.acts().size() >= 10, l.name() + " has " + l.acts().size() + " acts");
        }
        assertEquals(shipped, LabelSet.bundled());
    }
}
