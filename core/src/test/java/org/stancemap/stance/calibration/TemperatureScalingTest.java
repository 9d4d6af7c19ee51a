package org.stancemap.stance.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class TemperatureScalingTest {

    @Test
    void calibratedLogitsKeepTemperatureNearOne() {
        Synthetic s = Synthetic.draw(3000, 4, 1.5, 1);
        TemperatureScaling t = TemperatureScaling.fit(s.logits, s.gold);
        assertEquals(1.0, t.temperature(), 0.1);
    }

    @Test
    void overConfidentLogitsAreSoftenedAndNllDrops() {
        Synthetic s = Synthetic.draw(3000, 4, 1.5, 2);
        double[][] overConfident = s.scaled(3);
        TemperatureScaling t = TemperatureScaling.fit(overConfident, s.gold);
        assertEquals(3.0, t.temperature(), 0.3);
        double before = TemperatureScaling.negativeLogLikelihood(overConfident, s.gold, 1);
        double after = TemperatureScaling.negativeLogLikelihood(overConfident, s.gold, t.temperature());
        assertTrue(after < before - 0.1, before + " -> " + after);
        double[][] calibrated = new double[s.gold.length][];
        for (int i = 0; i < calibrated.length; i++) {
            calibrated[i] = t.apply(overConfident[i]);
        }
        assertEquals(after, Synthetic.nll(calibrated, s.gold), 1e-9);
    }

    @Test
    void fitIsTheMinimumOfTheLikelihoodOnAFineGrid() {
        Synthetic s = Synthetic.draw(200, 3, 2, 3);
        double[][] z = s.scaled(0.6);
        double best = Double.NaN;
        double bestNll = Double.POSITIVE_INFINITY;
        for (double u = Math.log(0.05); u <= Math.log(20); u += 1e-3) {
            double nll = TemperatureScaling.negativeLogLikelihood(z, s.gold, Math.exp(u));
            if (nll < bestNll) {
                bestNll = nll;
                best = Math.exp(u);
            }
        }
        assertEquals(best, TemperatureScaling.fit(z, s.gold).temperature(), best * 2e-3);
    }

    @Test
    void probabilitiesWorkAsInput() {
        Synthetic s = Synthetic.draw(3000, 4, 1.5, 4);
        TemperatureScaling t = TemperatureScaling.fitProbabilities(s.probabilities(2.5), s.gold);
        assertEquals(2.5, t.temperature(), 0.25);
        double[] p = t.applyToProbabilities(s.probabilities(2.5)[0]);
        assertArrayEquals(t.apply(s.scaled(2.5)[0]), p, 1e-9);
    }

    @Test
    void applyKeepsTheRankingAndSumsToOne() {
        TemperatureScaling t = new TemperatureScaling(2);
        double[] p = t.apply(new double[] {2, 0, -1});
        assertEquals(1.0, p[0] + p[1] + p[2], 1e-12);
        assertTrue(p[0] > p[1] && p[1] > p[2]);
        assertArrayEquals(Synthetic.softmax(new double[] {1, 0, -0.5}), p, 1e-12);
        assertArrayEquals(Synthetic.softmax(new double[] {2, 0, -1}), TemperatureScaling.identity().apply(new double[] {2, 0, -1}), 1e-12);
        // large logits must not overflow
        double[] big = new TemperatureScaling(0.05).apply(new double[] {800, 790});
        assertEquals(1.0, big[0], 1e-12);
    }

    @Test
    void separableDataStopsAtTheLowerEdgeOfTheBracket() {
        double[][] z = {{1, 0}, {0, 1}, {2, 0}};
        int[] gold = {0, 1, 0};
        assertEquals(TemperatureScaling.MIN_TEMPERATURE, TemperatureScaling.fit(z, gold).temperature(), 1e-5);
    }

    @Test
    void jsonRoundTripAndValidation() throws Exception {
        ObjectMapper json = new ObjectMapper();
        TemperatureScaling t = new TemperatureScaling(1.75);
        assertEquals("{\"temperature\":1.75}", json.writeValueAsString(t));
        assertEquals(t, json.readValue("{\"temperature\":1.75}", TemperatureScaling.class));
        assertThrows(IllegalArgumentException.class, () -> new TemperatureScaling(0));
        assertThrows(IllegalArgumentException.class, () -> new TemperatureScaling(Double.NaN));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TemperatureScaling.fit(new double[][] {{1, 0}, {0, 1}}, new int[] {0, 2}));
        assertEquals("gold[1] = 2: expected a class index in [0, 2)", e.getMessage());
    }
}
