package org.stancemap.bundle;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.stancemap.eval.Bootstrap;

/**
 * The {@code metrics} of a bundle's manifest: how the chosen head did in cross-validation on the
 * training corpus, how its calibration was fitted, and how it was chosen among the candidates.
 * Immutable.
 *
 * @param crossValidation the chosen head's cross-validation report, as {@code CrossValidation.Result}
 *                        writes it; kept as a JSON tree, so that bundles written by every release read
 * @param calibration     the chosen head's calibration report, as {@code CalibrationFit.Result} writes
 *                        it (its state differs by calibration method, hence a tree)
 * @param selection       the rule, the chosen head and every candidate's figures
 */
@JsonPropertyOrder({"cross_validation", "calibration", "selection"})
public record TrainingMetrics(@JsonProperty("cross_validation") JsonNode crossValidation, JsonNode calibration,
                              Selection selection) {

    /**
     * How the head was chosen.
     *
     * @param rule       the selection rule, in words
     * @param chosen     the chosen head
     * @param candidates every head compared, in the order compared
     */
    @JsonPropertyOrder({"rule", "chosen", "candidates"})
    public record Selection(String rule, String chosen, List<Candidate> candidates) {
        public Selection {
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * One compared head's cross-validated figures.
     *
     * @param head              the head
     * @param macroF1           out-of-fold macro-F1
     * @param macroF1Ci         its bootstrap interval
     * @param accuracy          out-of-fold accuracy
     * @param logLossCalibrated log loss of the cross-fitted calibrated probabilities
     * @param eceRaw            expected calibration error before calibration
     * @param eceCalibrated     expected calibration error after calibration
     */
    @JsonPropertyOrder({"head", "macro_f1", "macro_f1_ci", "accuracy", "log_loss_calibrated", "ece_raw", "ece_calibrated"})
    public record Candidate(String head, @JsonProperty("macro_f1") double macroF1,
                            @JsonProperty("macro_f1_ci") Bootstrap.Interval macroF1Ci, double accuracy,
                            @JsonProperty("log_loss_calibrated") double logLossCalibrated,
                            @JsonProperty("ece_raw") double eceRaw, @JsonProperty("ece_calibrated") double eceCalibrated) {}
}
