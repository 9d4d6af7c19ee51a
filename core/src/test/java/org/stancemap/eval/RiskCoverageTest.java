package org.stancemap.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The risk-coverage table on four hand-made records. */
class RiskCoverageTest {
    @Test
    void countsAnsweredRecordsAndTheirAccuracy() {
        int[] gold = {0, 1, 1, 0};
        double[][] p = {{0.94, 0.06}, {0.4, 0.6}, {0.8, 0.2}, {0.55, 0.45}};
        List<RiskCoverage.Row> rows = RiskCoverage.table(gold, p, new boolean[] {false, true, true, false});
        RiskCoverage.Row all = rows.get(0);
        assertEquals(1.0, all.answered(), 0.0);
        assertEquals(0.75, all.accuracy(), 1e-12);
        RiskCoverage.Row t70 = rows.stream().filter(r -> r.rule().equals("confidence >= 0.70")).findFirst().orElseThrow();
        assertEquals(2, t70.n());
        assertEquals(0.5, t70.accuracy(), 1e-12);
        RiskCoverage.Row t90 = rows.stream().filter(r -> r.rule().equals("confidence >= 0.90")).findFirst().orElseThrow();
        assertEquals(1.0, t90.accuracy(), 0.0);
        RiskCoverage.Row flagged = rows.get(rows.size() - 1);
        assertEquals("not flagged uncertain", flagged.rule());
        assertEquals(0.5, flagged.answered(), 0.0);
        assertEquals(1.0, flagged.accuracy(), 0.0);
        assertTrue(Double.isNaN(RiskCoverage.table(gold, p, null).get(6).accuracy()));
    }
}
