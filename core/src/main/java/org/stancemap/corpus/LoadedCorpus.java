package org.stancemap.corpus;

import java.util.List;

/**
 * A small corpus read whole into memory, for training and evaluation.
 *
 * @param records the accepted records, in file order then input order
 * @param rejects the rejected records, in the same order
 * @param files   one digest per input file, in the order given; recorded as provenance in models
 */
public record LoadedCorpus(List<AbstractRecord> records, List<Reject> rejects, List<FileDigest> files) {

    public LoadedCorpus {
        records = List.copyOf(records);
        rejects = List.copyOf(rejects);
        files = List.copyOf(files);
    }
}
