package org.stancemap.corpus;

/** One item read from an input: an accepted record or a rejected one. */
public sealed interface Ingested permits Ingested.Accepted, Ingested.Rejected {

    /** An accepted record. */
    record Accepted(AbstractRecord record) implements Ingested {}

    /** A rejected record, with its reason. */
    record Rejected(Reject reject) implements Ingested {}
}
