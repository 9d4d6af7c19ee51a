package org.stancemap.stance.calibration;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * How a bundle turns scores into honest confidence: the temperature of its logits, the conformal
 * calibration of its prediction sets, and the confidence below which a record is flagged uncertain.
 * Stored as {@code calibration.json}.
 *
 * @param formatVersion      layout version
 * @param kind               {@code none}, {@code temperature} or {@code platt}: the calibration with
 *                           the lowest cross-fitted log loss on out-of-fold predictions
 * @param temperature        logits are divided by this (1 unless {@code kind} is temperature)
 * @param platt              one-vs-rest Platt sigmoids (only when {@code kind} is platt)
 * @param conformal          split-conformal calibration of the prediction sets (full sets when
 *                           the calibration set was too small for the coverage)
 * @param uncertainThreshold a record whose confidence is below this is {@code uncertain}
 * @param method             how these were fitted, in words
 */
@JsonPropertyOrder({"format_version", "kind", "temperature", "platt", "conformal", "uncertain_threshold", "method"})
public record CalibrationState(
        @JsonProperty("format_version") int formatVersion,
        String kind,
        double temperature,
        OneVsRestPlatt platt,
        ConformalCalibration conformal,
        @JsonProperty("uncertain_threshold") double uncertainThreshold,
        String method) {

    public static final int VERSION = 1;
    public static final String NONE = "none";
    public static final String TEMPERATURE = "temperature";
    public static final String PLATT = "platt";

    /** Calibrated probabilities from a head's logits. */
    public double[] probabilities(double[] logits) {
        double[] p = org.stancemap.stance.Softmax.of(logits, temperature);
        return PLATT.equals(kind) ? platt.apply(p) : p;
    }

    public CalibrationState {
        if (formatVersion != VERSION) {
            throw new IllegalArgumentException("Unsupported calibration format_version " + formatVersion
                    + " (this build reads " + VERSION + ")");
        }
        if (!List.of(NONE, TEMPERATURE, PLATT).contains(kind)) {
            throw new IllegalArgumentException("Invalid calibration kind: '" + kind + "' (expected none, temperature or platt)");
        }
        if (PLATT.equals(kind) == (platt == null)) {
            throw new IllegalArgumentException("calibration kind " + kind + (platt == null ? " lacks" : " must not have") + " Platt sigmoids");
        }
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("Invalid temperature: " + temperature + " (expected > 0)");
        }
        if (conformal == null) {
            throw new IllegalArgumentException("calibration lacks its conformal part");
        }
        if (!(uncertainThreshold >= 0 && uncertainThreshold <= 1)) {
            throw new IllegalArgumentException("Invalid uncertain_threshold: " + uncertainThreshold + " (expected 0..1)");
        }
    }

    /**
     * Fewest calibration records before a prediction set of several labels flags a record: on fewer,
     * a 90% set is the set of every label by construction (it must cover the worst calibration
     * record), so it would flag every record and say nothing about any one of them.
     */
    public static final int SETS_FLAG_MINIMUM = 30;

    /**
     * Whether a record with this prediction set and confidence is uncertain: its confidence is below
     * the threshold, or (with at least {@link #SETS_FLAG_MINIMUM} calibration records) its prediction
     * set holds more than one label.
     */
    public boolean uncertain(int[] predictionSet, double confidence) {
        return confidence < uncertainThreshold || (conformal.n() >= SETS_FLAG_MINIMUM && predictionSet.length > 1);
    }
}
