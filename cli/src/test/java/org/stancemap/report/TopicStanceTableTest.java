package org.stancemap.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicStanceTableTest {

    @Test
    void cellsAreTopicWeightTimesStanceProbabilitySummedOverDistinctRecords() throws IOException {
        Results r = Results.read(List.of(Fixtures.TOPICS));
        TopicStanceTable t = TopicStanceTable.of(r.labels(), r.distinct());
        // worked out by hand from the fixture; fixture-7 (a duplicate, all weight on topic 1) is left out
        assertEquals(List.of(1, 2, 3), t.rows().stream().map(TopicStanceTable.Row::topic).toList());
        assertRow(t.rows().get(0), "credit/market/firm", 2.2, 4, 0.55, 0.816, 0.666, 0.168);
        assertRow(t.rows().get(1), "privacy/surveillance/state", 1.6, 3, 0.83, 0.324, 0.294, 0.152);
        assertRow(t.rows().get(2), "law/norm/regulation", 1.2, 2, 0.17, 0.24, 0.68, 0.11);
        assertArrayEquals(new double[] {0.17 / 1.2, 0.24 / 1.2, 0.68 / 1.2, 0.11 / 1.2}, t.rows().get(2).shares(r.labels()), 1e-12);
    }

    @Test
    void resultsWithoutTopicsGiveNoRows() throws IOException {
        SeedRun.ensure();
        Results r = Results.read(List.of(SeedRun.LABELLED_RESULTS));
        assertTrue(TopicStanceTable.of(r.labels(), r.records()).rows().isEmpty());
    }

    private static void assertRow(TopicStanceTable.Row row, String name, double mass, int records, double... byStance) {
        assertEquals(name, row.name());
        assertEquals(mass, row.mass(), 1e-12, name);
        assertEquals(records, row.records(), name);
        assertArrayEquals(byStance, row.byStance().values().stream().mapToDouble(Double::doubleValue).toArray(), 1e-12, name);
    }
}
