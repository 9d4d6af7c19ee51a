package org.stancemap.corpus;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An input record that could not be accepted, with the reason. Every rejected record of a batch is
 * written to the rejects file, never dropped.
 *
 * @param file   input file name
 * @param line   1-based line where the rejected record starts
 * @param reason why it was rejected, in words a user can act on
 * @param raw    the raw input text of the record (for JSONL and CSV the whole line), possibly cut
 *               to a readable length
 */
@JsonPropertyOrder({"file", "line", "reason", "raw"})
public record Reject(String file, long line, String reason, String raw) {

    /** Message of the form {@code file:line: reason}. */
    public String message() {
        return file + ":" + line + ": " + reason;
    }
}
