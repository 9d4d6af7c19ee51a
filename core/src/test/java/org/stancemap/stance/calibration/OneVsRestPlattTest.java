package org.stancemap.stance.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import smile.classification.PlattScaling;

class OneVsRestPlattTest {

    @Test
    void parametersReadBackFromSmileReproduceItsScaling() {
        Synthetic s = Synthetic.draw(800, 3, 1.5, 20);
        double[][] p = s.probabilities(3);
        for (int k = 0; k < 3; k++) {
            double[] scores = new double[p.length];
            int[] y = new int[p.length];
            for (int i = 0; i < p.length; i++) {
                scores[i] = p[i][k];
                y[i] = s.gold[i] == k ? 1 : 0;
            }
            PlattScaling smile = PlattScaling.fit(scores, y);
            OneVsRestPlatt.Sigmoid ours = OneVsRestPlatt.parameters(smile);
            assertTrue(ours.alpha() < 0, "a higher score must mean more likely: alpha = " + ours.alpha());
            for (double x = 0; x <= 1.0; x += 0.05) {
                assertEquals(smile.scale(x), ours.apply(x), 1e-9, "class " + k + " at " + x);
            }
        }
    }

    @Test
    void overConfidentProbabilitiesGetBetterLikelihood() {
        Synthetic calibration = Synthetic.draw(2000, 4, 1.5, 21);
        Synthetic test = Synthetic.draw(2000, 4, 1.5, 22);
        OneVsRestPlatt platt = OneVsRestPlatt.fit(calibration.probabilities(3), calibration.gold);
        double[][] raw = test.probabilities(3);
        double[][] calibrated = new double[raw.length][];
        for (int i = 0; i < raw.length; i++) {
            calibrated[i] = platt.apply(raw[i]);
            double sum = 0;
            for (double v : calibrated[i]) {
                sum += v;
            }
            assertEquals(1.0, sum, 1e-12);
        }
        double before = Synthetic.nll(raw, test.gold);
        double after = Synthetic.nll(calibrated, test.gold);
        assertTrue(after < before - 0.1, before + " -> " + after);
    }

    @Test
    void classWithoutCalibrationRecordsIsAnError() {
        double[][] p = {{0.7, 0.2, 0.1}, {0.2, 0.7, 0.1}, {0.6, 0.3, 0.1}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OneVsRestPlatt.fit(p, new int[] {0, 1, 0}));
        assertTrue(e.getMessage().startsWith("Platt scaling of class 2: 0 of 3"), e.getMessage());
    }

    @Test
    void jsonRoundTrip() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Synthetic s = Synthetic.draw(300, 3, 1.5, 23);
        OneVsRestPlatt platt = OneVsRestPlatt.fit(s.probabilities(2), s.gold);
        String text = json.writeValueAsString(platt);
        assertTrue(text.startsWith("{\"classes\":[{\"alpha\":"), text);
        assertEquals(platt, json.readValue(text, OneVsRestPlatt.class));
    }
}
