package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * classify reads the bibliographic formats (sniffed, standard input, --delimiter) and writes RIS
 * with the stance in a keyword and a note. Inputs are the hand-made fixtures of the corpus package.
 */
class ClassifyInputFormatsTest {

    @TempDir
    static Path tmp;
    static Path bundle;
    static Path ris;

    @BeforeAll
    static void setUp() throws IOException {
        bundle = tmp.resolve("model");
        assertEquals(0, CliRunner.run("train", "--corpus", "corpus/seed.jsonl", "--out", bundle.toString(),
                "--model", "tfidf-lr", "--analyzer", "fast", "--cv", "none").code());
        ris = tmp.resolve("fixture.txt"); // a .txt name: the content says RIS
        try (InputStream in = ClassifyInputFormatsTest.class.getResourceAsStream("/org/stancemap/corpus/fixture.ris")) {
            Files.write(ris, in.readAllBytes());
        }
    }

    @Test
    void risInRisOutWithTheStanceInAKeywordAndANote() throws IOException {
        Path out = tmp.resolve("results.ris");
        CliRunner.Run r = CliRunner.run("classify", ris.toString(), "--model", bundle.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.err().contains("read 6, written 4, rejected 2"), r.err());
        String text = Files.readString(out, StandardCharsets.UTF_8);
        List<String> keywords = text.lines().filter(l -> l.startsWith("KW  - stance:")).toList();
        assertTrue(keywords.size() >= 4, text);
        assertEquals(4, text.lines().filter(l -> l.startsWith("N1  - stancemap: stance ")).count(), text);
        assertTrue(text.contains("AU  - Doe, Jane\r\nAU  - Roe, Richard\r\n"), "a RIS record is copied whole: " + text);
        assertTrue(text.contains("KW  - policy\r\ncredit\r\nKW  - evaluation\r\n"), text);
        assertTrue(text.contains("TY  - JOUR\r\nTI  - FIXTURE: The last record has no ER\r\n"), text);

        Path jsonl = tmp.resolve("in.jsonl");
        Files.writeString(jsonl, "{\"id\": \"j1\", \"title\": \"FIXTURE: t\", \"text\": \"FIXTURE: a credit policy is evaluated.\"}\n");
        Path out2 = tmp.resolve("from-jsonl.ris");
        assertEquals(0, CliRunner.run("classify", jsonl.toString(), "--model", bundle.toString(), "--out", out2.toString()).code());
        String ris2 = Files.readString(out2, StandardCharsets.UTF_8);
        assertTrue(ris2.contains("ID  - j1\r\nTI  - FIXTURE: t\r\nAB  - FIXTURE: a credit policy is evaluated.\r\n"),
                "other formats: the record's fields, abstract included: " + ris2);
    }

    @Test
    void standardInputAndTheDelimiterOption() throws IOException {
        Path out = tmp.resolve("stdin.jsonl");
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(ris)));
            CliRunner.Run r = CliRunner.run("classify", "-", "--model", bundle.toString(), "--out", out.toString());
            assertEquals(0, r.code(), r.toString());
            assertEquals(4, Files.readAllLines(out).size());
        } finally {
            System.setIn(stdin);
        }
        Path csv = tmp.resolve("piped.csv");
        Files.writeString(csv, "title|abstract\nFIXTURE: t|FIXTURE: a credit policy is evaluated.\n");
        Path out2 = tmp.resolve("piped.jsonl");
        CliRunner.Run r = CliRunner.run("classify", csv.toString(), "--delimiter", "|", "--model", bundle.toString(),
                "--out", out2.toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals(1, Files.readAllLines(out2).size());
        CliRunner.Run bad = CliRunner.run("classify", csv.toString(), "--delimiter", "ab", "--model", bundle.toString(),
                "--out", out2.toString());
        assertTrue(bad.code() != 0 && bad.err().contains("Invalid delimiter: 'ab'"), bad.toString());
    }
}
