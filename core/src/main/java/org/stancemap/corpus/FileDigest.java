package org.stancemap.corpus;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The identity of one input file as read: provenance for models trained or scored on it.
 *
 * @param file    the path as given
 * @param sha256  SHA-256 of the file's bytes, 64 lowercase hex digits
 * @param records number of records accepted from it
 */
@JsonPropertyOrder({"file", "sha256", "records"})
public record FileDigest(String file, String sha256, int records) {
    public FileDigest {
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("digest file must be named");
        }
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Invalid SHA-256: '" + sha256 + "' (expected 64 lowercase hex digits)");
        }
        if (records < 0) {
            throw new IllegalArgumentException("Invalid record count: " + records);
        }
    }
}
