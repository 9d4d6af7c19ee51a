package org.stancemap.train;

/**
 * A training request the data or the options cannot satisfy (one class of labels, {@code --k}
 * without a corpus, a stored topic model of another analyzer...); the message says what and how to
 * fix it, for the user.
 */
public final class TrainingException extends IllegalArgumentException {
    public TrainingException(String message) {
        super(message);
    }

    public TrainingException(String message, Throwable cause) {
        super(message, cause);
    }
}
