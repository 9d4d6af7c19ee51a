package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatSnifferTest {

    static InputFormat sniff(String name, String head) throws CorpusFormatException {
        return FormatSniffer.sniff(name, head.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTxtFileIsToldByItsContent() throws CorpusFormatException {
        assertEquals(InputFormat.RIS, sniff("a.txt", "\nTY  - JOUR\nTI  - x\nER  - \n"));
        assertEquals(InputFormat.WOS, sniff("a.txt", "\uFEFFFN Clarivate Analytics Web of Science\nVR 1.0\nPT J\n"));
        assertEquals(InputFormat.WOS, sniff("a.txt", "PT\tAU\tTI\tAB\r\nJ\tx\ty\tz\r\n"));
        assertEquals(InputFormat.RDISCOVERY, sniff("a.txt", "Page title\n- Research Article\n- 10.1234/x\n- Jun 2021\nBody\n"));
        assertEquals(InputFormat.BIBTEX, sniff("a.txt", "% comment\n@article{k,\n title={x}}\n"));
        assertEquals(InputFormat.CSV, sniff("a.txt", "Title,Abstract,Year\nx,y,2020\n"));
        assertEquals(InputFormat.MEDLINE, sniff("pubmed.txt", "\nPMID- 123\nOWN - NLM\n"));
    }

    @Test
    void jsonIsOpenAlexOrJsonl() throws CorpusFormatException {
        assertEquals(InputFormat.OPENALEX, sniff("w.json", "{\"id\": \"https://openalex.org/W1\"}"));
        assertEquals(InputFormat.OPENALEX, sniff("part_000", "{\"abstract_inverted_index\": null}\n"));
        assertEquals(InputFormat.OPENALEX, sniff("works.jsonl", "{\"id\": \"https://openalex.org/W1\"}\n"));
        assertEquals(InputFormat.JSONL, sniff("a.jsonl", "{\"id\": \"1\", \"text\": \"x\"}\n"));
        assertEquals(InputFormat.JSONL, sniff("-", "{\"id\": \"1\", \"text\": \"x\"}\n"));
        assertEquals(InputFormat.CSLJSON, sniff("zotero.json", "[\n\t{\"id\": \"k\", \"issued\": {\"date-parts\": [[2020]]}}]"));
    }

    @Test
    void unreadableFormatsAreNamed() throws CorpusFormatException {
        assertEquals(InputFormat.ENDNOTE_XML, sniff("lib.xml", "<?xml version=\"1.0\"?><xml><records><record>"));
        CorpusFormatException xml = assertThrows(CorpusFormatException.class, () -> sniff("x.xml", "<?xml version=\"1.0\"?><feed>"));
        assertTrue(xml.getMessage().startsWith("x.xml: this looks like XML other than EndNote's, which stancemap does not read yet"),
                xml.getMessage());
        assertEquals(InputFormat.ENDNOTE_XML, sniff("empty.xml", "<?xml version=\"1.0\"?><xml><records></records></xml>"));
        assertTrue(assertThrows(CorpusFormatException.class, () -> sniff("x.dat", "hello\n"))
                .getMessage().startsWith("x.dat: cannot tell the format"));
    }
}
