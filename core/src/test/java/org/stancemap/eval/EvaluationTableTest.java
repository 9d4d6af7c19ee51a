package org.stancemap.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EvaluationTableTest {

    private static final List<String> ABC = List.of("a", "b", "c");

    private static ClassificationMetrics model() {
        return ClassificationMetrics.of(ABC, ClassificationMetricsTest.GOLD, ClassificationMetricsTest.P);
    }

    private static String table() {
        int[] gold = ClassificationMetricsTest.GOLD;
        ClassificationMetrics majority = ClassificationMetrics.of(ABC, gold, MajorityBaseline.fit(ABC, gold).predict(gold.length));
        Bootstrap.Interval f1 = new Bootstrap.Interval(model().macroF1(), 0.1, 0.8, 0.95, 1000, 7);
        return EvaluationTable.format(List.of(new EvaluationTable.Column("model", model(), null, f1),
                EvaluationTable.Column.of("majority", majority)));
    }

    @Test
    void formatsModelBesideMajorityBaseline() {
        // majority: always b with p = (3, 4, 3) / 10; macro-F1 = (2*3 / (6 + 4)) / 3 = 0.2,
        // log loss = -(4 ln .3 + 3 ln .4) / 7 = 1.081, ECE = |3/7 - .4| = 0.029
        String expected = """
                metric                        model  majority
                n                                 7         7
                accuracy                      0.429     0.429
                macro-F1       0.433 [0.100, 0.800]     0.200
                log loss                      0.793     1.081
                Brier                         0.470     0.654
                ECE (10 bins)                 0.396     0.029

                per class                         model                majority
                           support      P      R     F1      P      R        F1
                a                2  0.333  0.500  0.400  0.000  0.000     0.000
                b                3  0.500  0.333  0.400  0.429  1.000     0.600
                c                2  0.500  0.500  0.500  0.000  0.000     0.000

                confusion matrix, model (rows gold, columns predicted)
                       [1]  [2]  [3]
                [1] a    1    1    0
                [2] b    1    1    1
                [3] c    1    0    1

                confusion matrix, majority (rows gold, columns predicted)
                       [1]  [2]  [3]
                [1] a    0    2    0
                [2] b    0    3    0
                [3] c    0    2    0
                """;
        assertEquals(expected, table());
    }

    @Test
    void outputDoesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            String german = table();
            Locale.setDefault(Locale.US);
            assertEquals(table(), german);
            assertTrue(german.contains("0.793"), german);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void differentSupportsGetOneSupportColumnPerModel() {
        ClassificationMetrics other = ClassificationMetrics.of(ABC, new int[] {0, 1}, new double[][] {{1, 0, 0}, {0, 1, 0}});
        String t = EvaluationTable.format(List.of(EvaluationTable.Column.of("x", model()), EvaluationTable.Column.of("y", other)));
        assertTrue(t.contains("      P      R     F1  support      P      R     F1  support"), t);
    }

    @Test
    void rejectsColumnsOverDifferentLabels() {
        ClassificationMetrics ab = ClassificationMetrics.of(List.of("a", "b"), new int[] {0}, new double[][] {{1, 0}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EvaluationTable.format(
                List.of(EvaluationTable.Column.of("x", model()), EvaluationTable.Column.of("y", ab))));
        assertEquals("evaluation table: column 'y' has labels [a, b], expected [a, b, c]", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EvaluationTable.format(List.of()));
    }
}
