package org.stancemap.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stancemap.corpus.AbstractRecord;
import org.stancemap.corpus.SourceRef;
import org.stancemap.stance.Document;
import org.stancemap.stance.LabelSet;
import org.stancemap.stance.LabelledDocuments;
import org.stancemap.stance.StanceModel;
import org.stancemap.stance.calibration.CalibrationState;
import org.stancemap.stance.calibration.SplitConformal;

/**
 * Recalibration on a shifted literature with known truth: a head whose logits are the true ones on
 * its training literature, and three times too confident on the new one.
 */
class RecalibrationTest {
    static final LabelSet LABELS;

    static {
        try {
            LABELS = LabelSet.read(Path.of("corpus/labels.json"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a document's logits from its text: "z0 z1 z2 z3". */
    static final StanceModel HEAD = new StanceModel() {
        @Override
        public LabelSet labels() {
            return LABELS;
        }

        @Override
        public String head() {
            return "fixed";
        }

        @Override
        public double[] logits(Document doc) {
            return java.util.Arrays.stream(doc.text().split(" ")).mapToDouble(Double::parseDouble).toArray();
        }
    };

    /** Records whose reported logits are the true ones times {@code overconfidence}. */
    static LabelledDocuments shifted(int n, double overconfidence, long seed) {
        CrossValidation.Result s = CalibrationFitTest.synthetic(n, overconfidence, seed, 2.0, 0.0);
        List<AbstractRecord> records = new ArrayList<>();
        List<Document> docs = new ArrayList<>();
        String[] groups = new String[n];
        for (int i = 0; i < n; i++) {
            StringBuilder text = new StringBuilder();
            for (double z : s.logits()[i]) {
                text.append(z).append(' ');
            }
            records.add(new AbstractRecord("r" + i, null, null, null, null, null, null, text.toString().strip(),
                    LABELS.names().get(s.gold()[i]), null, new SourceRef("synthetic", i + 1)));
            docs.add(new Document(text.toString().strip(), List.of(), List.of()));
            groups[i] = "g" + i;
        }
        return new LabelledDocuments(records, docs, s.gold(), groups, 0);
    }

    static double coverage(CalibrationState c, LabelledDocuments test) {
        List<int[]> sets = new ArrayList<>();
        for (Document d : test.documents()) {
            sets.add(c.conformal().predictSet(c.probabilities(HEAD.logits(d))));
        }
        return SplitConformal.empiricalCoverage(sets, test.y());
    }

    @Test
    void recalibratingOnAFewShiftedRecordsRestoresTheCoverageOfTheRest() {
        // calibrated where the model was trained: true logits
        CalibrationState original = Recalibration.fit(HEAD, shifted(400, 1.0, 1), 0.9);
        LabelledDocuments newLiterature = shifted(2000, 3.0, 2);
        double before = coverage(original, newLiterature);
        CalibrationState recalibrated = Recalibration.fit(HEAD, shifted(60, 3.0, 3), 0.9);
        double after = coverage(recalibrated, newLiterature);
        assertTrue(before < 0.85, "the shift breaks the original sets: " + before);
        assertTrue(after > before + 0.03 && after > 0.86, before + " -> " + after);
        assertEquals(3.0, recalibrated.temperature(), 1.0);
        assertTrue(recalibrated.method().contains("60 held-out labelled records"), recalibrated.method());
    }

    @Test
    void refusesTooFewRecordsForTheCoverage() {
        var e = assertThrows(IllegalArgumentException.class, () -> Recalibration.fit(HEAD, Subsets.of(shifted(12, 1.0, 4), new int[] {0, 1, 2, 3, 4}), 0.9));
        assertTrue(e.getMessage().contains("at least 10"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Recalibration.fit(HEAD, shifted(12, 1.0, 4), 0.95));
        assertTrue(e.getMessage().contains("cannot support 95% coverage"), e.getMessage());
    }
}
