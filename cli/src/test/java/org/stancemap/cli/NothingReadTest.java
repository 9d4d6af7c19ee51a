package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A non-empty input from which no record can be read fails the run (exit 1, also without
 * {@code --strict}) with a hint at the cause, and leaves an earlier result in place; so does training
 * on labels that are all rejected or of one class. Fixtures: {@code core/src/test/resources/corpus/diagnosis/}
 * and small corpora written in the test (hand-made, not real abstracts).
 */
class NothingReadTest {

    @TempDir
    static Path tmp;
    static Path bundle;

    @BeforeAll
    static void setUp() {
        bundle = tmp.resolve("model");
        assertEquals(0, CliRunner.run("train", "--corpus", "corpus/seed.jsonl", "--out", bundle.toString(),
                "--model", "tfidf-lr", "--analyzer", "fast", "--cv", "none").code());
    }

    /** A core module fixture (the tests run from the repository root). */
    static Path fixture(String name) {
        return Path.of("core/src/test/resources/corpus/diagnosis", name);
    }

    private CliRunner.Run classifyFailing(String fixture, String... hints) throws IOException {
        Path out = tmp.resolve(fixture + ".out.jsonl");
        Files.writeString(out, "EARLIER RESULT\n");
        CliRunner.Run r = CliRunner.run("classify", fixture(fixture).toString(), "--model", bundle.toString(), "--out",
                out.toString());
        assertEquals(ExitCodes.FAILURE, r.code(), r.toString());
        assertTrue(r.err().contains(fixture + ": no record could be read as ")
                || r.err().contains(fixture + ": hardly any record could be read as "), r.toString());
        for (String h : hints) {
            assertTrue(r.err().contains(h), "expected '" + h + "' in:\n" + r);
        }
        assertEquals("EARLIER RESULT\n", Files.readString(out), "an earlier result is not replaced by nothing");
        assertTrue(Files.exists(Path.of(out + ".rejects.jsonl")), "the rejects say why");
        return r;
    }

    /** A zip archive named .jsonl: binary content no reader decodes (gzip, UTF-16 and BOMs are decoded). */
    static Path zipped(String name) throws IOException {
        Path p = tmp.resolve(name);
        byte[] body = new byte[600];
        new java.util.Random(1).nextBytes(body);
        byte[] head = {0x50, 0x4b, 0x03, 0x04};
        System.arraycopy(head, 0, body, 0, head.length);
        body[200] = '\n';
        body[400] = '\n';
        Files.write(p, body);
        return p;
    }

    @Test
    void undecodableFilesSayWhyAndCountLines() throws IOException {
        Path zip = zipped("zipped.jsonl");
        Path out = tmp.resolve("zipped.out.jsonl");
        Files.writeString(out, "EARLIER RESULT\n");
        CliRunner.Run r = CliRunner.run("classify", zip.toString(), "--model", bundle.toString(), "--out", out.toString());
        assertEquals(ExitCodes.FAILURE, r.code(), r.toString());
        assertTrue(r.err().contains("zip"), r.err());
        assertTrue(r.err().contains("undecodable line"), r.err());
        assertEquals("EARLIER RESULT\n", Files.readString(out), "an earlier result is not replaced by nothing");
    }

    @Test
    void utf16AndGzipAreDecodedAndSniffedFormatsRead() {
        for (String f : new String[] {"utf16.jsonl", "utf16-no-bom.jsonl", "gzipped.jsonl", "openalex.jsonl", "wos.txt"}) {
            CliRunner.Run r = CliRunner.run("classify", fixture(f).toString(), "--model", bundle.toString(), "--out",
                    tmp.resolve(f + ".ok.jsonl").toString());
            assertEquals(ExitCodes.OK, r.code(), f + ": " + r);
            assertTrue(r.err().contains("rejected 0"), f + ": " + r.err());
        }
    }

    @Test
    void aJsonArrayNamedJsonlSaysHowToFixIt() throws IOException {
        classifyFailing("array.jsonl", "JSON array", "jq");
    }

    @Test
    void aGoodFileStillSucceeds() {
        CliRunner.Run r = CliRunner.run("classify", fixture("plain.jsonl").toString(), "--model", bundle.toString(), "--out",
                tmp.resolve("plain.out.jsonl").toString());
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(r.err().contains("read 2, written 2, rejected 0"), r.err());
    }

    @Test
    void trainingFailsWhenEveryLabelIsRejected() throws IOException {
        Path corpus = tmp.resolve("bad-labels.jsonl");
        Files.writeString(corpus, "{\"id\":\"a\",\"text\":\"FIXTURE: one.\",\"label\":\"pro\"}\n"
                + "{\"id\":\"b\",\"text\":\"FIXTURE: two.\",\"label\":\"contra\"}\n");
        CliRunner.Run r = CliRunner.run("train", "--corpus", corpus.toString(), "--out", tmp.resolve("m-bad").toString(),
                "--model", "tfidf-lr", "--cv", "none");
        assertEquals(ExitCodes.FAILURE, r.code(), r.toString());
        assertTrue(r.err().contains(corpus + ": no record could be read as jsonl (2 record(s) rejected; first: " + corpus
                + ":1: unknown label 'pro'"), r.err());
        assertFalse(Files.exists(tmp.resolve("m-bad")));
        CliRunner.Run zip = CliRunner.run("train", "--corpus", zipped("zipped-corpus.jsonl").toString(), "--out",
                tmp.resolve("m-zip").toString(), "--model", "tfidf-lr", "--cv", "none");
        assertEquals(ExitCodes.FAILURE, zip.code(), zip.toString());
        assertTrue(zip.err().contains("zip"), zip.err());
    }

    @Test
    void trainingFailsOnLabelsOfOneClass() throws IOException {
        Path corpus = tmp.resolve("one-class.jsonl");
        Files.writeString(corpus, "{\"id\":\"a\",\"text\":\"FIXTURE: one.\",\"label\":\"policy-evaluative\"}\n"
                + "{\"id\":\"b\",\"text\":\"FIXTURE: two.\",\"label\":\"Policy-Evaluative\"}\n"
                + "{\"id\":\"c\",\"text\":\"FIXTURE: three, unlabelled.\"}\n");
        CliRunner.Run r = CliRunner.run("train", "--corpus", corpus.toString(), "--out", tmp.resolve("m-one").toString(),
                "--model", "tfidf-lr", "--cv", "none");
        assertEquals(ExitCodes.FAILURE, r.code(), r.toString());
        assertTrue(r.err().contains("only one class (policy-evaluative: 2)"), r.err());
        assertFalse(Files.exists(tmp.resolve("m-one")));
    }

    @Test
    void aCsvFileThatCannotBeReadAtAllNamesTheCauseToo() throws IOException {
        Path csv = zipped("zipped.csv");
        CliRunner.Run r = CliRunner.run("classify", csv.toString(), "--model", bundle.toString(), "--out",
                tmp.resolve("zipped.csv.out.jsonl").toString());
        assertEquals(ExitCodes.FAILURE, r.code(), r.toString());
        assertTrue(r.err().contains(csv.toString()) && r.err().contains("zip"), r.err());
        CliRunner.Run t = CliRunner.run("train", "--corpus", csv.toString(), "--out", tmp.resolve("m-csv").toString(),
                "--model", "tfidf-lr", "--cv", "none");
        assertEquals(ExitCodes.FAILURE, t.code(), t.toString());
        assertTrue(t.err().contains(csv.toString()) && t.err().contains("zip"), t.err());
    }

    @Test
    void aUtf16CsvIsDecoded() throws IOException {
        Path csv = tmp.resolve("utf16.csv");
        Files.writeString(csv, "id,text\nfx-1,FIXTURE: a record.\n", java.nio.charset.StandardCharsets.UTF_16);
        CliRunner.Run r = CliRunner.run("classify", csv.toString(), "--model", bundle.toString(), "--out",
                tmp.resolve("utf16.csv.out.jsonl").toString());
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(r.err().contains("read 1, written 1"), r.err());
    }
}
