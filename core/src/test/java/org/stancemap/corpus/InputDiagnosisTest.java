package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The first bytes of a file name the likely cause when nothing can be read from it. Fixtures:
 * {@code src/test/resources/corpus/diagnosis/} (hand-made; see the README there).
 */
class InputDiagnosisTest {

    static Path fixture(String name) {
        try {
            return Path.of(InputDiagnosisTest.class.getResource("/corpus/diagnosis/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputDiagnosis diagnose(String name, InputFormat format) throws IOException {
        Optional<InputDiagnosis> d = InputDiagnosis.examine(fixture(name), format);
        assertTrue(d.isPresent(), name + " should be diagnosed");
        return d.get();
    }

    private static Optional<InputDiagnosis> text(String s, InputFormat format) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return InputDiagnosis.examine(b, b.length, format);
    }

    @Test
    void validInputHasNoDiagnosis() throws IOException {
        assertEquals(Optional.empty(), InputDiagnosis.examine(fixture("plain.jsonl"), null));
        assertEquals(Optional.empty(), text("id,text\n1,abc\n", InputFormat.CSV));
        assertEquals(Optional.empty(), InputDiagnosis.examine(new byte[0], 0, InputFormat.JSONL));
    }

    @Test
    void encodingsAndCompressionAreUndecodable() throws IOException {
        InputDiagnosis utf16 = diagnose("utf16.jsonl", null);
        assertTrue(utf16.undecodable());
        assertTrue(utf16.cause().contains("UTF-16") && utf16.cause().contains("ff fe"), utf16.cause());
        InputDiagnosis noBom = diagnose("utf16-no-bom.jsonl", null);
        assertTrue(noBom.undecodable() && noBom.cause().contains("UTF-16"), noBom.cause());
        InputDiagnosis gzip = diagnose("gzipped.jsonl", null);
        assertTrue(gzip.undecodable() && gzip.cause().contains("gzip") && gzip.cause().contains("1f 8b"), gzip.cause());
        byte[] nul = "abc\0def".getBytes(StandardCharsets.UTF_8);
        assertTrue(InputDiagnosis.examine(nul, nul.length, InputFormat.CSV).orElseThrow().cause().contains("NUL"));
    }

    @Test
    void otherFormatsAreNamed() throws IOException {
        InputDiagnosis array = diagnose("array.jsonl", null);
        assertFalse(array.undecodable());
        assertTrue(array.cause().contains("JSON array"), array.cause());
        InputDiagnosis wos = diagnose("wos.txt", null);
        assertTrue(wos.cause().contains("Web of Science") && wos.cause().contains("not an R Discovery export"), wos.cause());
        InputDiagnosis openAlex = diagnose("openalex.jsonl", null);
        assertTrue(openAlex.cause().contains("OpenAlex"), openAlex.cause());
        assertTrue(text("TY  - JOUR\nTI  - x\n", InputFormat.CSV).orElseThrow().cause().contains("RIS"));
        assertTrue(text("@article{key,\n title={x}}\n", InputFormat.JSONL).orElseThrow().cause().contains("BibTeX"));
        assertTrue(text("{\"id\":1}\n", InputFormat.CSV).orElseThrow().cause().contains("JSON Lines"));
        assertTrue(text("{\n  \"id\": 1\n}\n", InputFormat.JSONL).orElseThrow().cause().contains("several lines"));
    }

    @Test
    void latin1IsNamedButStillDecodableLineByLine() {
        byte[] latin1 = "id,text\n1,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        InputDiagnosis d = InputDiagnosis.examine(latin1, latin1.length, InputFormat.CSV).orElseThrow();
        assertFalse(d.undecodable());
        assertTrue(d.cause().contains("not valid UTF-8"), d.cause());
    }
}
