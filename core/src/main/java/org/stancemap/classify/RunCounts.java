package org.stancemap.classify;

import java.util.ArrayList;
import java.util.List;
import org.stancemap.corpus.InputDiagnosis;
import org.stancemap.corpus.Reject;
import org.stancemap.stance.ClassifiedRecord;
import org.stancemap.text.LanguageIdentifier;

/**
 * The running counts of a {@link BatchClassifier} run, per file and in all, turned into a
 * {@link BatchSummary} at the end. Thread-safe (synchronized): the reading thread counts records
 * read, the writer thread records written.
 */
final class RunCounts {
    private long read;
    private long lines;
    private long written;
    private long rejected;
    private long duplicates;
    private long duplicateIds;
    private long titleOnly;
    private long truncated;
    private long nonEnglish;
    private final List<String> examples = new ArrayList<>();
    private final List<BatchSummary.FileCount> files = new ArrayList<>();
    private final ShiftCheck shift = new ShiftCheck();

    private String file;
    private String format;
    private InputDiagnosis diagnosis;
    private long fileRecords;
    private long fileAccepted;
    private long fileTitleOnly;
    private long fileLines;
    private String firstReject;

    /** Starts counting {@code name}, read as {@code formatId}, with what its first bytes suggest (or null). */
    synchronized void startFile(String name, String formatId, InputDiagnosis diagnosis) {
        this.file = name;
        this.format = formatId;
        this.diagnosis = diagnosis;
        fileRecords = 0;
        fileAccepted = 0;
        fileTitleOnly = 0;
        fileLines = 0;
        firstReject = null;
    }

    /** A record the reader accepted. */
    synchronized void accepted(boolean titleOnly) {
        read++;
        fileRecords++;
        fileAccepted++;
        fileTitleOnly += titleOnly ? 1 : 0;
    }

    /**
     * A reject from the reader: a record, or a line when the file is undecodable and records
     * cannot be told.
     */
    synchronized void rejectedByReader(Reject r) {
        if (diagnosis != null && diagnosis.undecodable()) {
            lines++;
            fileLines++;
        } else {
            read++;
            rejected++;
            fileRecords++;
        }
        if (firstReject == null) {
            firstReject = r.message();
        }
    }

    /** An accepted record that failed in classification. */
    synchronized void rejectedByClassifier() {
        rejected++;
    }

    /** A record written, counted by its flags. */
    synchronized void written(ClassifiedRecord c) {
        written++;
        duplicates += c.duplicateOf() != null ? 1 : 0;
        duplicateIds += c.duplicateIdOf() != null ? 1 : 0;
        titleOnly += c.titleOnly() ? 1 : 0;
        truncated += c.truncated() ? 1 : 0;
        nonEnglish += isForeign(c.language()) ? 1 : 0;
        shift.add(c.explanation() == null ? null : c.explanation().nearest(), Boolean.TRUE.equals(c.farFromLabelled()));
    }

    /** Keeps a duplicate description for the summary (the first ten). */
    synchronized void example(String description) {
        if (examples.size() < 10) {
            examples.add(description);
        }
    }

    synchronized long written() {
        return written;
    }

    synchronized long rejected() {
        return rejected + lines;
    }

    /** Ends the current file. */
    synchronized void endFile() {
        files.add(new BatchSummary.FileCount(file, format, fileRecords, fileAccepted, fileTitleOnly, fileLines, firstReject,
                diagnosis == null ? null : diagnosis.cause(), diagnosis != null && diagnosis.otherFormat()));
    }

    /** The summary; {@code reference} is the model's reference set (for the shift figures), or null. */
    synchronized BatchSummary summary(double seconds, org.stancemap.stance.ReferenceSet reference) {
        return new BatchSummary(read, lines, written, rejected, duplicates, duplicateIds, titleOnly, truncated, nonEnglish,
                files, examples, seconds, shift.summary(reference));
    }

    /** True for an identified language other than English. */
    static boolean isForeign(String language) {
        return language != null && !LanguageIdentifier.ENGLISH.equals(language)
                && !LanguageIdentifier.UNDETERMINED.equals(language);
    }
}
