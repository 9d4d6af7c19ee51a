package org.stancemap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Year and venue aggregates on the seed corpus against counts made by hand from its 15 records. */
class StanceSharesTest {
    static Results seed;

    @BeforeAll
    static void classifySeed() throws IOException {
        SeedRun.ensure();
        seed = Results.read(List.of(SeedRun.LABELLED_RESULTS));
    }

    /** Records per year, counted by hand from the dates of corpus/seed.jsonl. */
    static final Map<String, Integer> RECORDS_BY_YEAR = ordered("2015", 1, "2018", 1, "2019", 2, "2020", 5, "2021", 3,
            "2022", 1, "2023", 1, "2025", 1);

    @Test
    void recordsPerYearEqualTheHandCount() {
        StanceShares s = StanceShares.of(seed.labels(), seed.records(), ResultRecord::label, 15);
        assertEquals(RECORDS_BY_YEAR, s.byYear().stream().collect(Collectors.toMap(StanceShares.Group::key,
                StanceShares.Group::n, (a, b) -> a, LinkedHashMap::new)));
        assertEquals(15, s.overall().n());
        for (StanceShares.Group g : s.byYear()) {
            assertEquals(g.n(), g.counts().values().stream().mapToInt(Integer::intValue).sum(), g.key());
            assertEquals(1.0, g.meanProbability().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9, g.key());
        }
    }

    @Test
    void goldStancesPerYearEqualTheHandCount() {
        // gold labels of the codebook's seed table, by year of publication; the unlabelled 2019 record is not counted
        Map<String, Map<String, Integer>> expected = new LinkedHashMap<>();
        expected.put("2015", counts(0, 1, 0, 0));
        expected.put("2018", counts(0, 1, 0, 0));
        expected.put("2019", counts(1, 0, 0, 0));
        expected.put("2020", counts(1, 1, 3, 0));
        expected.put("2021", counts(1, 2, 0, 0));
        expected.put("2022", counts(0, 1, 0, 0));
        expected.put("2023", counts(0, 0, 0, 1));
        expected.put("2025", counts(0, 0, 0, 1));
        StanceShares s = StanceShares.of(seed.labels(), seed.records(), ResultRecord::gold, 15);
        assertEquals(expected, s.byYear().stream().collect(Collectors.toMap(StanceShares.Group::key,
                StanceShares.Group::counts, (a, b) -> a, LinkedHashMap::new)));
        assertEquals(counts(3, 6, 3, 2), s.overall().counts());
        assertEquals(3.0 / 14, s.overall().shares().get("surveillance-critical"), 1e-12);
    }

    @Test
    void venuesEqualTheHandCountMostFrequentFirstThenNoVenue() {
        StanceShares s = StanceShares.of(seed.labels(), seed.records(), ResultRecord::label, 15);
        Map<String, Integer> byVenue = s.byVenue().stream().collect(Collectors.toMap(StanceShares.Group::key,
                StanceShares.Group::n, (a, b) -> a, LinkedHashMap::new));
        assertEquals(12, byVenue.size(), byVenue.toString());
        assertEquals(List.of("SSRN Electronic Journal", "Administrative Consulting"), byVenue.keySet().stream().limit(2).toList());
        assertEquals(3, byVenue.get("SSRN Electronic Journal"));
        assertEquals(2, byVenue.get(StanceShares.NO_VENUE), "two seed records have no venue");
        assertEquals(StanceShares.NO_VENUE, List.copyOf(byVenue.keySet()).get(11));
        assertEquals(10, byVenue.values().stream().filter(n -> n == 1).count(), "ten venues with one record each");

        StanceShares gold = StanceShares.of(seed.labels(), seed.records(), ResultRecord::gold, 15);
        StanceShares.Group ssrn = gold.byVenue().stream().filter(g -> g.key().equals("SSRN Electronic Journal")).findFirst()
                .orElseThrow();
        assertEquals(counts(1, 1, 0, 0), ssrn.counts(), "SSRN: one critical, one evaluative, one unlabelled");
        StanceShares.Group none = gold.byVenue().stream().filter(g -> g.key().equals(StanceShares.NO_VENUE)).findFirst()
                .orElseThrow();
        assertEquals(counts(0, 2, 0, 0), none.counts());
    }

    @Test
    void venuesBeyondTheLimitArePooled() {
        StanceShares s = StanceShares.of(seed.labels(), seed.records(), ResultRecord::label, 3);
        List<String> keys = s.byVenue().stream().map(StanceShares.Group::key).toList();
        assertEquals(List.of("SSRN Electronic Journal", "Administrative Consulting", "Central Russian Journal of Social Sciences",
                StanceShares.NO_VENUE, StanceShares.OTHER_VENUES + " 8"), keys);
        assertEquals(15, s.byVenue().stream().mapToInt(StanceShares.Group::n).sum());
        assertThrows(IllegalArgumentException.class, () -> StanceShares.of(seed.labels(), seed.records(), ResultRecord::label, 0));
    }

    private static Map<String, Integer> counts(int critical, int evaluative, int legal, int economic) {
        return ordered("surveillance-critical", critical, "policy-evaluative", evaluative, "legal-descriptive", legal,
                "economic-empirical", economic);
    }

    private static Map<String, Integer> ordered(Object... kv) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Integer) kv[i + 1]);
        }
        return m;
    }
}
