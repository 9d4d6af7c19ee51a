package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class InputFormatTest {

    @Test
    void detectsTheFormatFromTheExtension() {
        assertEquals(InputFormat.RDISCOVERY, InputFormat.fromPath(Path.of("dir", "page.TXT")));
        assertEquals(InputFormat.JSONL, InputFormat.fromPath(Path.of("a.jsonl")));
        assertEquals(InputFormat.JSONL, InputFormat.fromPath(Path.of("a.ndjson")));
        assertEquals(InputFormat.CSV, InputFormat.fromPath(Path.of("export.v2.csv")));
        assertEquals(InputFormat.RIS, InputFormat.fromPath(Path.of("zotero.RIS")));
        assertEquals(InputFormat.BIBTEX, InputFormat.fromPath(Path.of("refs.bib.gz")));
        assertEquals(InputFormat.OPENALEX, InputFormat.fromPath(Path.of("W123.json")));
        assertEquals(InputFormat.WOS, InputFormat.fromPath(Path.of("savedrecs.ciw")));
        assertEquals(InputFormat.CSLJSON, InputFormat.fromPath(Path.of("zotero.csl.json")));
    }

    @Test
    void unknownExtensionNamesTheFileAndTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InputFormat.fromPath(Path.of("data", "abstracts.xlsx")));
        assertEquals("Cannot tell the format of " + Path.of("data", "abstracts.xlsx")
                + " from its extension (known: .txt, .jsonl, .ndjson, .csv, .tsv, .ris, .bib, .bibtex, .biblatex, .json, .ciw, .nbib, .medline, .csl.json, .csljson, .xml);"
                + " name it with --format rdiscovery|jsonl|csv|ris|bibtex|openalex|wos|medline|csljson|endnote-xml",
                e.getMessage());
    }

    @Test
    void parsesTheOptionValue() {
        assertEquals(InputFormat.RDISCOVERY, InputFormat.parse("rdiscovery"));
        assertEquals(InputFormat.JSONL, InputFormat.parse(" JSONL "));
        assertEquals(InputFormat.CSV, InputFormat.parse("csv"));
        assertEquals(InputFormat.RIS, InputFormat.parse("ris"));
        assertEquals(InputFormat.BIBTEX, InputFormat.parse("BibTeX"));
        assertEquals(InputFormat.OPENALEX, InputFormat.parse("openalex"));
        assertEquals(InputFormat.WOS, InputFormat.parse("wos"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InputFormat.parse("tsv"));
        assertEquals("Invalid input format: 'tsv' (expected rdiscovery|jsonl|csv|ris|bibtex|openalex|wos|medline|csljson|endnote-xml)", e.getMessage());
    }
}
