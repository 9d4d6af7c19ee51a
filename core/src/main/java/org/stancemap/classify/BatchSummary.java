package org.stancemap.classify;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Locale;

/**
 * What a batch run did: every record read is either written or rejected ({@code read = written +
 * rejected}); the lines of an undecodable file (compressed, binary, UTF-16), where records cannot
 * be told, are counted as {@code lines} and all rejected.
 *
 * @param read         records read from all inputs (accepted and rejected)
 * @param lines        lines read from undecodable inputs, each rejected as a line (0 normally)
 * @param written      records written to the output
 * @param rejected     records written to the rejects file (undecodable lines not included)
 * @param duplicates   written records that repeat an earlier record's DOI or text
 * @param duplicateIds written records whose id an earlier record already had
 * @param titleOnly    written records classified on their title (no abstract)
 * @param truncated    written records whose text was cut to the analysis limit
 * @param nonEnglish   written records whose language was identified as other than English
 * @param files        one entry per input file, in input order
 * @param examples     up to ten duplicate descriptions, for the summary
 * @param seconds      wall time
 * @param shift        how unlike the training corpus the batch is, or null when the model keeps no
 *                     reference set
 */
@JsonPropertyOrder({"read", "lines", "written", "rejected", "duplicates", "duplicate_ids", "title_only", "truncated",
    "non_english", "files", "seconds", "shift"})
public record BatchSummary(long read, long lines, long written, long rejected, long duplicates,
                           @JsonProperty("duplicate_ids") long duplicateIds,
                           @JsonProperty("title_only") long titleOnly, long truncated,
                           @JsonProperty("non_english") long nonEnglish, List<FileCount> files,
                           @JsonProperty("duplicate_examples") List<String> examples, double seconds,
                           ShiftCheck.Summary shift) {

    /**
     * What one input file gave.
     *
     * @param file      the path as given
     * @param format    the format it was read as, e.g. {@code jsonl}
     * @param records   records read from it (accepted or rejected)
     * @param accepted  records the reader accepted (before classification)
     * @param titleOnly accepted records that had only a title
     * @param lines     lines rejected as such, when the file is undecodable
     * @param firstReject the first reject of the file, as {@code file:line: reason}, or null
     * @param diagnosis the likely cause when the file is undecodable or looks like another format
     *                  ({@link org.stancemap.corpus.InputDiagnosis#cause()}), or null
     * @param otherFormat true when {@code diagnosis} says the file looks like another format
     */
    public record FileCount(String file, String format, long records, long accepted,
                            @JsonProperty("title_only") long titleOnly, long lines,
                            @JsonProperty("first_reject") String firstReject, String diagnosis,
                            @JsonProperty("other_format") boolean otherFormat) {

        /**
         * True when the file held something but not one record was accepted from it; or, when it
         * looks like another format ({@code otherFormat}), when fewer than half of its records were
         * accepted (a pretty-printed JSON array has a line that reads as an object), or only
         * title-only ones (an OpenAlex export read as JSON Lines has titles, but its abstracts in a
         * field no reader here reads). Either way it is likely the wrong file, format or encoding,
         * and the run fails.
         */
        public boolean unusable() {
            long seen = records + lines;
            return seen > 0 && (accepted == 0 || otherFormat && (accepted == titleOnly || accepted * 2 < seen));
        }

        /** Why the file is {@link #unusable()}, for the user: the counts, the first reject and the likely cause. */
        public String problem() {
            String what = lines > 0 ? lines + " undecodable line(s) rejected"
                    : records - accepted + " of " + records + " record(s) rejected"
                            + (titleOnly > 0 ? ", " + titleOnly + " with a title but no abstract" : "");
            return file + ": " + (accepted == 0 ? "no record" : "hardly any record") + " could be read as " + format
                    + " (" + what + (firstReject == null ? "" : "; first: " + firstReject) + ")"
                    + (diagnosis == null ? "; check that --format matches the file" : "; the file " + diagnosis);
        }
    }

    public BatchSummary {
        files = List.copyOf(files);
        examples = List.copyOf(examples);
    }

    /** Records per second over the whole run. */
    public double rate() {
        return seconds > 0 ? written / seconds : 0;
    }

    /** The {@link FileCount#unusable()} files: the run must fail. */
    public List<FileCount> unusableFiles() {
        return files.stream().filter(FileCount::unusable).toList();
    }

    /**
     * One line for the user, e.g. {@code read 15, written 15, rejected 0, duplicates 0, duplicate ids 0,
     * title-only 0, truncated 0, non-English 0 (3.1 s, 4.8 records/s)}; with undecodable input,
     * {@code read 3 records and 120 undecodable lines, written 3, rejected 0 records and 120 lines, ...}.
     */
    public String line() {
        String counts = lines == 0 ? String.format(Locale.ROOT, "read %d, written %d, rejected %d", read, written, rejected)
                : String.format(Locale.ROOT, "read %d records and %d undecodable lines, written %d, rejected %d records and %d lines",
                        read, lines, written, rejected, lines);
        return counts + String.format(Locale.ROOT,
                ", duplicates %d, duplicate ids %d, title-only %d, truncated %d, non-English %d (%.1f s, %.1f records/s)",
                duplicates, duplicateIds, titleOnly, truncated, nonEnglish, seconds, rate());
    }
}
