package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Reads every real export sample in {@code ../shared/formats} (files of other projects, described in
 * its SOURCES.tsv; never copied into this repository) with format sniffing, and checks that each
 * file's records all come out: read, or rejected with a reason, as many as SOURCES.tsv counts, with
 * no exception escaping. Formats this project does not read must be refused with a message that
 * says so. Each file is also read gzipped and re-encoded as UTF-16, to the same records.
 * Skipped, saying why, when the folder is absent.
 */
class SharedFormatsConformanceTest {

    static final Path FORMATS = Path.of("..", "shared", "formats");

    /** Folder of SOURCES.tsv to the format its files must be read as; null: refused as not read yet. */
    private static final Map<String, InputFormat> FORMAT_OF = Map.of(
            "ris", InputFormat.RIS, "bibtex", InputFormat.BIBTEX, "openalex", InputFormat.OPENALEX,
            "wos_tab", InputFormat.WOS, "wos_plain", InputFormat.WOS, "scopus_csv", InputFormat.CSV,
            "medline", InputFormat.MEDLINE, "csl_json", InputFormat.CSLJSON, "endnote_xml", InputFormat.ENDNOTE_XML);
    private static final Pattern OF = Pattern.compile("\\((\\d+) of (\\d+)");

    /** One row of SOURCES.tsv. */
    record Sample(String format, Path file, int records, int abstracts) {}

    static List<Sample> samples() throws IOException {
        Path sources = FORMATS.resolve("SOURCES.tsv");
        Assumptions.assumeTrue(Files.isRegularFile(sources), "skipped: the shared export samples are absent ("
                + sources.toAbsolutePath().normalize() + " not found); they live outside the repository");
        List<Sample> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(sources, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t", -1);
            Matcher m = OF.matcher(c[7]);
            out.add(new Sample(c[0], FORMATS.resolve(c[1]), Integer.parseInt(c[6]), m.find() ? Integer.parseInt(m.group(1)) : -1));
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everySampleIsReadOrRefusedClearly() throws IOException {
        return samples().stream().map(s -> DynamicTest.dynamicTest(s.file().getFileName().toString(), () -> check(s)));
    }

    private static void check(Sample s) throws IOException {
        InputFormat expected = FORMAT_OF.get(s.format());
        if (expected == null) {
            CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> RecordReaders.open(s.file(), null));
            assertTrue(e.getMessage().contains("does not read yet"), e.getMessage());
            System.out.printf("conformance %-10s %-60s refused: %s%n", s.format(), s.file().getFileName(), e.getMessage());
            return;
        }
        byte[] head = InputBytes.peek(InputBytes.open(s.file()).in(), InputBytes.HEAD);
        assertEquals(expected, FormatSniffer.sniff(s.file().toString(), head), "sniffed format");
        Readers.Drained d = Readers.drain(RecordReaders.open(s.file(), null));
        long stray = d.rejects().stream().filter(r -> r.reason().startsWith("text outside")).count();
        long withAbstract = d.records().stream().filter(r -> !r.text().equals(r.title())).count();
        System.out.printf("conformance %-10s %-60s expected %4d (abstracts %4d): read %4d (abstracts %4d), rejected %3d%s%n",
                s.format(), s.file().getFileName(), s.records(), s.abstracts(), d.records().size(), withAbstract,
                d.rejects().size(), stray > 0 ? " (" + stray + " stray text)" : "");
        for (Reject r : d.rejects()) {
            assertNotNull(r.reason());
            assertFalse(r.reason().isBlank());
            System.out.println("  reject " + r.message());
        }
        assertEquals(s.records(), d.records().size() + d.rejects().size() - stray, "records read + rejected");
        for (AbstractRecord r : d.records()) {
            assertFalse(r.text().isBlank());
            assertEquals(s.file().toString(), r.source().file());
        }
        // the same bytes gzipped, and the same text in UTF-16, read to the same records
        byte[] bytes = Files.readAllBytes(s.file());
        String name = s.file().getFileName().toString();
        Readers.Drained gz = Readers.drain(RecordReaders.open(
                new java.io.ByteArrayInputStream(InputBytesTest.gzip(bytes)), name + ".gz", null));
        assertEquals(d.records().stream().map(AbstractRecord::text).toList(), gz.records().stream().map(AbstractRecord::text).toList());
        byte[] utf16 = ("\uFEFF" + new String(bytes, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", ""))
                .getBytes(StandardCharsets.UTF_16LE);
        Readers.Drained wide = Readers.drain(RecordReaders.open(new java.io.ByteArrayInputStream(utf16), name, null));
        assertEquals(d.records().stream().map(AbstractRecord::text).toList(), wide.records().stream().map(AbstractRecord::text).toList());
    }
}
