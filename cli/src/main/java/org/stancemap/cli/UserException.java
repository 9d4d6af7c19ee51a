package org.stancemap.cli;

/**
 * A failure the user can fix (a missing file, a bundle that does not load, bad input under
 * {@code --strict}): printed as one line without a stack trace, exit code {@link ExitCodes#FAILURE}.
 */
public class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
