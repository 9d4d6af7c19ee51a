package org.stancemap.stance.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.stancemap.stance.mlp.MlpTrainerIT.assertMessage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.junit.jupiter.api.Test;

class MlpOptionsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void defaultsAreTheDocumentedValues() {
        assertEquals(new MlpOptions(64, 0.2, 1e-3, 1e-3, 200, 64, 42L), MlpOptions.defaults());
        assertEquals(7L, MlpOptions.defaults().withSeed(7L).seed());
    }

    @Test
    void rejectsOutOfRangeValuesNamingThem() {
        assertMessage("Invalid hidden: 0 (expected >= 1)", () -> new MlpOptions(0, 0.2, 1e-3, 1e-3, 200, 64, 1));
        assertMessage("Invalid dropout: 1.0 (expected a drop probability in [0, 1))",
                () -> new MlpOptions(64, 1.0, 1e-3, 1e-3, 200, 64, 1));
        assertMessage("Invalid dropout: NaN (expected a drop probability in [0, 1))",
                () -> new MlpOptions(64, Double.NaN, 1e-3, 1e-3, 200, 64, 1));
        assertMessage("Invalid l2: -1.0 (expected finite and >= 0)", () -> new MlpOptions(64, 0.2, -1, 1e-3, 200, 64, 1));
        assertMessage("Invalid learningRate: 0.0 (expected finite and > 0)", () -> new MlpOptions(64, 0.2, 1e-3, 0, 200, 64, 1));
        assertMessage("Invalid epochs: 0 (expected >= 1)", () -> new MlpOptions(64, 0.2, 1e-3, 1e-3, 0, 64, 1));
        assertMessage("Invalid batchSize: 0 (expected >= 1)", () -> new MlpOptions(64, 0.2, 1e-3, 1e-3, 200, 0, 1));
    }

    @Test
    void roundTripsThroughJson() throws Exception {
        MlpOptions o = new MlpOptions(32, 0.1, 1e-4, 3e-3, 50, 16, -9L);
        String text = json.writeValueAsString(o);
        assertEquals("{\"hidden\":32,\"dropout\":0.1,\"l2\":1.0E-4,\"learningRate\":0.003,\"epochs\":50,\"batchSize\":16,\"seed\":-9}", text);
        assertEquals(o, json.readValue(text, MlpOptions.class));
    }

    @Test
    void jsonWithUnknownOrMissingKeyIsAnError() {
        assertThrows(UnrecognizedPropertyException.class, () -> json.readValue(
                "{\"hidden\":32,\"dropout\":0.1,\"l2\":0,\"learningRate\":0.003,\"epochs\":50,\"batchSize\":16,\"seed\":1,\"momentum\":0.9}",
                MlpOptions.class));
        assertThrows(MismatchedInputException.class, () -> json.readValue(
                "{\"hidden\":32,\"dropout\":0.1,\"l2\":0,\"learningRate\":0.003,\"epochs\":50,\"batchSize\":16}", MlpOptions.class));
    }
}
