package org.stancemap.eval;

import java.util.Locale;

/**
 * A training size of a {@link LearningCurve}: a share of each fold's training side, or an absolute
 * number of records. Immutable.
 */
public sealed interface TrainingSize {

    /**
     * Parses {@code 25%} as a fraction and {@code 40} as a count, as a command line gives them.
     *
     * @throws IllegalArgumentException naming the text when it is neither
     */
    static TrainingSize parse(String text) {
        String t = text == null ? "" : text.trim();
        try {
            if (t.endsWith("%")) {
                return new Fraction(Double.parseDouble(t.substring(0, t.length() - 1).trim()) / 100);
            }
            return new Count(Integer.parseInt(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid training size: '" + text
                    + "' (expected a percentage such as 25% or a record count such as 40)");
        }
    }

    /** Number of records to train on, given the {@code available} training records of {@code fold}. */
    int resolve(int available, int fold);

    /** A share in (0, 1] of the training side, rounded, at least one record. */
    record Fraction(double value) implements TrainingSize {
        public Fraction {
            if (!(value > 0 && value <= 1)) {
                throw new IllegalArgumentException("Invalid training fraction: " + value + " (expected 0 < fraction <= 1)");
            }
        }

        @Override
        public int resolve(int available, int fold) {
            return Math.max(1, (int) Math.round(value * available));
        }

        @Override
        public String toString() {
            return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4f", value * 100))
                    .stripTrailingZeros().toPlainString() + "%";
        }
    }

    /** An absolute number of training records, at most the training side of every fold. */
    record Count(int value) implements TrainingSize {
        public Count {
            if (value < 1) {
                throw new IllegalArgumentException("Invalid training count: " + value + " (expected >= 1)");
            }
        }

        @Override
        public int resolve(int available, int fold) {
            if (value > available) {
                throw new IllegalArgumentException("training size " + value + " exceeds the " + available
                        + " training records of fold " + fold);
            }
            return value;
        }

        @Override
        public String toString() {
            return Integer.toString(value);
        }
    }
}
