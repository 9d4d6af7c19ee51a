package org.stancemap.classify;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What a batch run did: every record read is either written or rejected.
 *
 * @param read       records read from all inputs (accepted and rejected)
 * @param written    records written to the output
 * @param rejected   records written to the rejects file
 * @param duplicates written records that repeat an earlier record's DOI or text
 * @param examples   up to ten duplicate descriptions, for the summary
 * @param seconds    wall time
 * @param shift      how unlike the training corpus the batch is, or null when the model keeps no
 *                   reference set
 */
@JsonPropertyOrder({"read", "written", "rejected", "duplicates", "seconds", "shift"})
public record BatchSummary(long read, long written, long rejected, long duplicates,
                           @JsonProperty("duplicate_examples") List<String> examples, double seconds,
                           ShiftCheck.Summary shift) {

    public BatchSummary(long read, long written, long rejected, long duplicates, List<String> examples, double seconds) {
        this(read, written, rejected, duplicates, examples, seconds, null);
    }

    /** Records per second over the whole run. */
    public double rate() {
        return seconds > 0 ? written / seconds : 0;
    }

    /** One line for the user, e.g. {@code read 15, written 15, rejected 0, duplicates 0 (3.1 s, 4.8 records/s)}. */
    public String line() {
        return String.format(java.util.Locale.ROOT, "read %d, written %d, rejected %d, duplicates %d (%.1f s, %.1f records/s)",
                read, written, rejected, duplicates, seconds, rate());
    }
}
