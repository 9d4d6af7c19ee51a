package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
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
}
