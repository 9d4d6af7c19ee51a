package org.stancemap.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The command line's usage errors: exit code 2 and the reason, before any Spark session starts. */
class SparkMainTest {

    @Test
    void missingOptionsAreUsageErrors() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "classify", "--in", "x.jsonl"));
        assertTrue(err.toString().contains("--model"), err.toString());
        assertTrue(err.toString().contains("--out"), err.toString());
    }

    @Test
    void unknownFormatsAreUsageErrors() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "classify", "--model", "m", "--in", "x.jsonl", "--out", "o", "--format", "xml"));
        assertTrue(err.toString().contains("Unknown output format: xml (expected parquet, jsonl or csv)"), err.toString());
        StringWriter err2 = new StringWriter();
        assertEquals(2, run(err2, "classify", "--model", "m", "--in", "x", "--out", "o", "--input-format", "docx"));
        assertTrue(err2.toString().contains("docx"), err2.toString());
    }

    @Test
    void aSubcommandIsRequired() {
        assertEquals(2, run(new StringWriter()));
    }

    private static int run(StringWriter err, String... args) {
        return SparkMain.cli(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)).execute(args);
    }
}
