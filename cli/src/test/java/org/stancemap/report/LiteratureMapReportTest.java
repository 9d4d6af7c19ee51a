package org.stancemap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiteratureMapReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void reportCommandWritesThePageAndTheJsonBehindIt() throws IOException {
        SeedRun.ensure();
        Cli.Run run = Cli.ok("report", "--results", SeedRun.LABELLED_RESULTS.toString(), "--out", dir.toString(), "--next", "5");
        assertTrue(run.out().contains("literature map of 15 abstracts (0 duplicates left out)"), run.out());
        JsonNode map = JSON.readTree(dir.resolve(ReportFiles.DATA).toFile());
        assertEquals(LiteratureMap.FORMAT, map.get("format").asText());
        assertEquals(15, map.get("records").asInt());
        assertEquals(8, map.get("shares").get("byYear").size());
        assertEquals(5, map.get("shares").get("byYear").get(3).get("n").asInt(), "2020 holds five seed records");
        assertEquals("2020", map.get("shares").get("byYear").get(3).get("key").asText());
        assertEquals(1, map.get("labelNext").size(), "only the unlabelled seed record is left to label");
        assertFalse(map.has("table"), "the records themselves stay in the results file");

        Results results = Results.read(List.of(SeedRun.LABELLED_RESULTS));
        StanceShares shares = StanceShares.of(results.labels(), results.records(), ResultRecord::label, 15);
        assertEquals(JSON.valueToTree(shares), map.get("shares"));

        String html = Files.readString(dir.resolve(ReportFiles.PAGE));
        EvaluationReportTest.assertCharts(html, 3);
        assertTrue(html.contains("The results carry no topics"));
        assertTrue(html.contains("China&rsquo;s Social Credit System"), "titles are escaped");
        assertTrue(html.contains("<table id=\"abstracts-table\" class=\"sortable\">"));
        String table = html.substring(html.indexOf("id=\"abstracts-table\""), html.indexOf("</table>", html.indexOf("id=\"abstracts-table\"")));
        assertEquals(1 + 15, table.split("<tr>", -1).length - 1, "a header row and one row per abstract");
    }

    @Test
    void topicsAddTheHeatMapAndPrevalenceAndDuplicatesAreLeftOut() throws IOException {
        LiteratureMap map = LiteratureMapReport.write(dir, List.of(Fixtures.TOPICS), new LiteratureMap.Options(3, 15,
                LabellingQueue.Strategy.MARGIN));
        assertEquals(8, map.records());
        assertEquals(1, map.duplicates());
        assertEquals(7, map.shares().overall().n());
        assertEquals(4, map.uncertain(), "fixtures 1, 2, 3 and 6 have confidence below 0.5");
        assertEquals(List.of("fixture-1", "fixture-5", "fixture-4"), map.labelNext().stream().map(c -> c.record().id()).toList());
        String html = Files.readString(dir.resolve(ReportFiles.PAGE));
        EvaluationReportTest.assertCharts(html, 5);
        assertTrue(html.contains("Stance mix by topic"));
        assertTrue(html.contains("4 abstracts are flagged uncertain"));
        JsonNode json = JSON.readTree(dir.resolve(ReportFiles.DATA).toFile());
        assertEquals(2.2, json.get("topics").get("rows").get(0).get("mass").asDouble(), 1e-12);
        assertEquals("fixture-1", json.get("labelNext").get(0).get("record").get("id").asText());
    }

    @Test
    void theTableOfAllAbstractsCanBeCut() throws IOException {
        SeedRun.ensure();
        Cli.ok("report", "--results", SeedRun.LABELLED_RESULTS.toString(), "--out", dir.toString(), "--table-rows", "4");
        String html = Files.readString(dir.resolve(ReportFiles.PAGE));
        assertTrue(html.contains("The first 4 of 15 abstracts, in input order"), "the page says it is cut");
        String table = html.substring(html.indexOf("id=\"abstracts-table\""));
        assertEquals(1 + 4, table.substring(0, table.indexOf("</table>")).split("<tr>", -1).length - 1);
        assertEquals(15, JSON.readTree(dir.resolve(ReportFiles.DATA).toFile()).get("shares").get("overall").get("n").asInt(),
                "aggregates still count every abstract");
    }

    @Test
    void optionsAreValidated() {
        var e = assertThrows(IllegalArgumentException.class, () -> new LiteratureMap.Options(0, 15, LabellingQueue.Strategy.MARGIN));
        assertTrue(e.getMessage().contains("Invalid label-next size: 0"), e.getMessage());
        Cli.Run r = Cli.run("report", "--results", Fixtures.TOPICS.toString(), "--out", dir.toString(), "--by", "random");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("Invalid ranking 'random'"), r.err());
    }
}
