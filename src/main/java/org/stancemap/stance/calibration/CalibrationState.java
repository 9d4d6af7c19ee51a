package org.stancemap.stance.calibration;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How a bundle turns scores into honest confidence: the temperature of its logits, the conformal
 * calibration of its prediction sets, and the confidence below which a record is flagged uncertain.
 * Stored as {@code calibration.json}.
 *
 * @param formatVersion      layout version
 * @param temperature        logits are divided by this (1 = uncalibrated)
 * @param conformal          split-conformal calibration of the prediction sets (full sets when
 *                           the calibration set was too small for the coverage)
 * @param uncertainThreshold a record whose confidence is below this is {@code uncertain}
 * @param method             how these were fitted, in words
 */
@JsonPropertyOrder({"format_version", "temperature", "conformal", "uncertain_threshold", "method"})
public record CalibrationState(
        @JsonProperty("format_version") int formatVersion,
        double temperature,
        ConformalCalibration conformal,
        @JsonProperty("uncertain_threshold") double uncertainThreshold,
        String method) {

    public static final int VERSION = 1;

    public CalibrationState {
        if (formatVersion != VERSION) {
            throw new IllegalArgumentException("Unsupported calibration format_version " + formatVersion
                    + " (this build reads " + VERSION + ")");
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

    /** Whether a record with this prediction set and confidence is uncertain. */
    public boolean uncertain(int[] predictionSet, double confidence) {
        return predictionSet.length > 1 || confidence < uncertainThreshold;
    }
}
