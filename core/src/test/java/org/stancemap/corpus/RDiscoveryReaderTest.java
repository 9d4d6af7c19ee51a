package org.stancemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RDiscoveryReaderTest {

    /** What the seed export shows for each entry; text start and end read off the file by eye. */
    private record Expected(long line, String type, Integer citations, String doi, String published, String venue,
                            boolean titleOnly, String start, String end, int length) {}

    private static final List<Expected> SEED = List.of(
            new Expected(3, "Conference Article", null, "10.2991/emim-15.2015.125", "2015-01-01", null, false,
                    "Credit market knowledge and education in", "system construction standards.", 652),
            new Expected(7, "Research Article", null, "10.33987/vsed.2(77).2021.41-53", "2021-06-30",
                    "Socio-Economic Research Bulletin", false,
                    "The article considers the key features o", "of the «Diia» eco-environment.", 2288),
            new Expected(12, "Conference Article", 1, "10.1109/ent52731.2021.00026", "2021-08-01", null, false,
                    "The development of information and commu", "f the state in the government.", 1084),
            new Expected(17, "Research Article", 1, "10.22394/1726-1139-2022-10-12-27", "2022-12-05",
                    "Administrative Consulting", false,
                    "The social credit system, created in the", "ical system and human quality.", 2376),
            new Expected(23, "Research Article", null, "10.22394/2071-2367-2023-18-6-47-68", "2023-01-01",
                    "Central Russian Journal of Social Sciences", false,
                    "The banking system is the most important", "nd information infrastructure.", 2408),
            new Expected(28, "Research Article", 1, "10.7256/2306-9945.2020.4.34365", "2020-04-01",
                    "NB: Административное право и практика администрирования", false,
                    "This article examines the normative lega", "he People's Republic of China.", 1590),
            new Expected(34, "Research Article", 4, "10.21128/1812-7126-2021-3-63-85", "2021-01-01",
                    "Sravnitel noe konstitucionnoe obozrenie", false,
                    "This paper focuses on the probable trans", "aranteed biological existence.", 2604),
            new Expected(40, "Research Article", 94, "10.1108/oir-08-2018-0231", "2019-05-08",
                    "Online Information Review", false,
                    "PurposeThe purpose of this paper is twof", "fforts to adapt to the system.", 2188),
            new Expected(46, "Research Article", null, "10.1285/i22840753n16p27", "2020-11-06",
                    "Use Siena air (University of Siena)", false,
                    "This article provides an analysis on the", "e importance of entertainment.", 971),
            new Expected(51, "Research Article", 1, "10.1108/cms-06-2025-0650", "2025-12-12",
                    "Chinese Management Studies", false,
                    "Purpose The purpose of this study uses d", "ons in pilot area enterprises.", 3652),
            new Expected(57, "Research Article", null, "10.2139/ssrn.3286666", "2018-12-06", "SSRN Electronic Journal", true,
                    "Give Us a Little Social Credit:\u00a0To Desig", "Ratings in the Era of Big Data", 96),
            new Expected(62, "Research Article", 19, "10.1017/s1744137419000754", "2020-01-15",
                    "Journal of Institutional Economics", false,
                    "In 2014, the State Council of the Chines", "party-held ideological values.", 1266),
            new Expected(68, "Research Article", 11, "10.2139/ssrn.3586503", "2020-04-27", "SSRN Electronic Journal", false,
                    "The COVID19 crisis has triggered a new w", "es the essence of citizenship.", 1829),
            new Expected(74, "Research Article", null, "10.2139/ssrn.3832439", "2019-05-08", "SSRN Electronic Journal", true,
                    "China’s Social Credit System Viewed Unde", "ul Ricoeur’s Political Paradox", 74),
            new Expected(79, "Research Article", 9, "10.7256/2454-0668.2020.3.33021", "2020-03-01",
                    "Национальная безопасность / nota bene", false,
                    "This article is dedicated to identificat", "accompanying problems thereof.", 1879));

    @Test
    void readsEverySeedRecordFieldByField() throws IOException {
        Readers.Drained seed = Readers.drain(RDiscoveryReader.open(Readers.SEED));

        assertEquals(List.of(), seed.rejects(), "the repeated header must not produce rejects");
        assertEquals(SEED.size(), seed.records().size());
        for (int i = 0; i < SEED.size(); i++) {
            Expected e = SEED.get(i);
            AbstractRecord r = seed.records().get(i);
            String at = "record " + (i + 1) + " (" + e.doi() + ")";
            assertEquals(new SourceRef(Readers.SEED.toString(), e.line()), r.source(), at);
            assertEquals(e.type(), r.type(), at);
            assertEquals(e.citations(), r.citations(), at);
            assertEquals(e.doi(), r.doi(), at);
            assertEquals(e.doi(), r.id(), at + ": the id is the DOI");
            assertEquals(e.published(), r.published(), at);
            assertEquals(e.venue(), r.venue(), at);
            assertTrue(r.text().startsWith(e.start()), at + " starts " + r.text().substring(0, 40));
            assertTrue(r.text().endsWith(e.end()), at + " ends " + r.text().substring(r.text().length() - 30));
            assertEquals(e.length(), r.text().length(), at);
            assertEquals(e.titleOnly() ? r.text() : null, r.title(), at);
            assertNull(r.label(), at);
            assertNull(r.work(), at);
        }
    }

    @Test
    void skipsTheRepeatedPageTitle() throws IOException {
        Readers.Drained seed = Readers.drain(RDiscoveryReader.open(Readers.SEED));
        assertTrue(seed.records().stream().noneMatch(r -> r.text().contains("Under surveillance: decoding")));
        assertFalse(seed.records().get(0).text().contains("\n"), "the first body is its one line only");
    }

    @Test
    void fixtureRejectsBadEntriesWithTheirLinesAndReadsTheRest() throws IOException {
        Readers.Drained d = Readers.drain(new RDiscoveryReader(Readers.resource("rdiscovery-fixture.txt"), "fixture.txt"));

        assertEquals(List.of("10.1234/fixture.a", "10.1234/fixture.c", "10.1234/fixture.g"),
                d.records().stream().map(AbstractRecord::doi).toList());
        assertEquals(List.of(3L, 12L, 32L), d.records().stream().map(r -> r.source().line()).toList());
        assertEquals(List.of(9L, 17L, 23L, 28L, 40L), d.rejects().stream().map(Reject::line).toList());
        assertEquals(8, d.total(), "every entry is either accepted or rejected");

        List<String> reasons = d.rejects().stream().map(Reject::reason).toList();
        assertTrue(reasons.get(0).startsWith("entry has no body"), reasons.get(0));
        assertTrue(reasons.get(1).startsWith("malformed date '31 Foo 2020'") && reasons.get(1).endsWith("at line 20"),
                reasons.get(1));
        assertEquals("invalid UTF-8 at line 27", reasons.get(2));
        assertTrue(reasons.get(3).startsWith("malformed DOI '10.1234' at line 29"), reasons.get(3));
        assertTrue(reasons.get(4).startsWith("entry has no body"), reasons.get(4));
        assertTrue(d.rejects().get(2).raw().startsWith("- Research Article\n- 10.1234/fixture.e"), d.rejects().get(2).raw());
        assertTrue(d.rejects().stream().allMatch(r -> r.file().equals("fixture.txt")));
    }

    @Test
    void fixtureAcceptedRecordsHaveTheirFields() throws IOException {
        List<AbstractRecord> r = Readers.drain(
                new RDiscoveryReader(Readers.resource("rdiscovery-fixture.txt"), "fixture.txt")).records();

        AbstractRecord a = r.get(0);
        assertEquals(12, a.citations());
        assertEquals("2021-06-30", a.published());
        assertEquals("Fixture Journal", a.venue());
        assertNull(a.title(), "a two-sentence body is an abstract");

        AbstractRecord c = r.get(1);
        assertEquals("2019", c.published());
        assertNull(c.venue());
        assertNull(c.citations());
        assertEquals("Fixture Title Without an Abstract", c.title());
        assertEquals(c.title(), c.text());

        AbstractRecord g = r.get(2);
        assertEquals("Book Chapter", g.type());
        assertEquals("Сборник фикстур", g.venue());
        assertEquals("Fixture body G, first paragraph.\nFixture body G, second paragraph.", g.text(),
                "body lines are joined and the header lines after them are dropped");
    }

    @Test
    void textOutsideAnyEntryIsRejectedNotDropped() throws IOException {
        String text = "FIXTURE page title\n- Research Article\n- 10.1234/x.1\n- 2020\nBody one.\n"
                + "FIXTURE page title\n";
        Readers.Drained ok = Readers.read(InputFormat.RDISCOVERY, text);
        assertEquals(1, ok.records().size());
        assertEquals(0, ok.rejects().size());

        Readers.Drained stray = Readers.read(InputFormat.RDISCOVERY, "FIXTURE page title\nnot an entry\nnor this\n"
                + "- Research Article\n- 10.1234/x.1\n- 2020\nBody one.");
        assertEquals(1, stray.records().size());
        assertEquals(1, stray.rejects().size());
        assertEquals(2, stray.rejects().get(0).line());
        assertEquals("not an entry\nnor this", stray.rejects().get(0).raw());
    }

    @Test
    void handlesCrLfBomAndMissingDate() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = ("FIXTURE title\r\n- Research Article\r\n- 10.1234/x.1\r\n- Jun 30, 2021\r\nBody one.\r\n"
                + "- Research Article\r\n- 10.1234/x.2\r\nBody without date.\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);

        Readers.Drained d = Readers.read(InputFormat.RDISCOVERY, all);
        assertEquals(1, d.records().size());
        assertEquals("Body one.", d.records().get(0).text());
        assertEquals("2021-06-30", d.records().get(0).published());
        assertEquals(1, d.rejects().size());
        assertEquals(6, d.rejects().get(0).line());
        assertEquals("missing date line after the DOI at line 7", d.rejects().get(0).reason());
    }

    @Test
    void titleHeuristic() {
        assertTrue(RDiscoveryReader.looksLikeTitle("Give Us a Little Social Credit: To Design or to Discover Personal Ratings"));
        assertTrue(RDiscoveryReader.looksLikeTitle("Is the Social Credit System a Panopticon?"));
        assertFalse(RDiscoveryReader.looksLikeTitle("A short abstract in one sentence."));
        assertFalse(RDiscoveryReader.looksLikeTitle("First sentence. Second sentence without period"));
        assertFalse(RDiscoveryReader.looksLikeTitle("Line one\nLine two"));
        assertFalse(RDiscoveryReader.looksLikeTitle("word ".repeat(80).strip()));
    }
}
