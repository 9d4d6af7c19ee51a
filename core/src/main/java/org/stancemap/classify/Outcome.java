package org.stancemap.classify;

import org.stancemap.corpus.Reject;
import org.stancemap.stance.ClassifiedRecord;

/**
 * What became of one record: classified, or rejected with its reason. Every record a runner reads
 * ends as exactly one outcome, so nothing is lost.
 */
public sealed interface Outcome permits Outcome.Classified, Outcome.Rejected {

    /** The record was classified. */
    record Classified(ClassifiedRecord result) implements Outcome {}

    /** The record could not be classified (or read): file, line, reason and raw text are in {@code reject}. */
    record Rejected(Reject reject) implements Outcome {}
}
