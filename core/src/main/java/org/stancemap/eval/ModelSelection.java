package org.stancemap.eval;

import java.util.List;
import org.stancemap.stance.DocumentFactory;
import org.stancemap.stance.Heads;
import org.stancemap.stance.LabelSet;
import org.stancemap.stance.LabelledDocuments;
import org.stancemap.stance.StanceModel;
import org.stancemap.stance.StanceTrainer;
import org.stancemap.stance.calibration.CalibrationState;

/**
 * Trains a stance model the way {@code train} does: compares the candidate heads by grouped
 * cross-validation ({@link HeadComparison}), calibrates the chosen one on its out-of-fold
 * predictions and fits it on every labelled record. Deterministic for a seed.
 */
public final class ModelSelection {
    private ModelSelection() {}

    /**
     * What was trained.
     *
     * @param trainer     the chosen head's trainer (its options go in the manifest)
     * @param model       the chosen head fitted on every labelled record
     * @param calibration its calibration
     * @param comparison  the cross-validated comparison, or null when none was run
     * @param note        a line for the user when no comparison was run, else null
     */
    public record Trained(StanceTrainer trainer, StanceModel model, CalibrationState calibration,
                          HeadComparison.Result comparison, String note) {}

    /**
     * @param candidates heads to compare (one: no choice, still calibrated)
     * @param cv         {@code loo}, {@code K}, {@code none} (one head, uncalibrated) or null for the
     *                   default of {@link CvSpec#defaultFor(int)}
     * @throws IllegalArgumentException when the data cannot support the request, with the reason
     */
    public static Trained train(List<String> candidates, LabelledDocuments data, DocumentFactory docs, LabelSet labels,
                                String cv, long seed, double coverage) {
        HeadComparison.Result comparison = null;
        CalibrationState calibration;
        String chosen;
        String note = null;
        if ("none".equalsIgnoreCase(cv)) {
            if (candidates.size() > 1) {
                throw new IllegalArgumentException("--cv none needs one head (--model HEAD): choosing among heads needs"
                        + " cross-validation");
            }
            chosen = candidates.get(0);
            calibration = CalibrationFit.uncalibrated(coverage);
            note = "no cross-validation (--cv none): model uncalibrated, prediction sets hold every label";
        } else if (data.groupCount() < 2) {
            chosen = Heads.PRIORS.stream().filter(candidates::contains).findFirst().orElseThrow(() -> new IllegalArgumentException(
                    "fewer than two labelled works: only a prior head can be trained (--model "
                            + String.join(" or --model ", Heads.PRIORS) + ")"));
            calibration = CalibrationFit.uncalibrated(coverage);
            note = "fewer than two labelled works: " + chosen + " model from the label set, uncalibrated";
        } else {
            CvSpec spec = cv == null ? CvSpec.defaultFor(data.groupCount()) : CvSpec.parse(cv);
            List<StanceTrainer> trainers = candidates.stream().map(h -> Heads.trainer(h, seed, docs)).toList();
            comparison = HeadComparison.run(trainers, data.documents(), data.y(), data.groups(), labels, spec, seed, coverage);
            chosen = comparison.chosen();
            calibration = comparison.best().calibration().state();
        }
        StanceTrainer trainer = Heads.trainer(chosen, seed, docs);
        return new Trained(trainer, trainer.fit(data.documents(), data.y(), labels), calibration, comparison, note);
    }
}
