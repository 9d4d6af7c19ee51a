package org.stancemap.train;

import java.util.List;
import org.stancemap.corpus.AbstractRecord;
import org.stancemap.text.Analyzer;
import org.stancemap.topics.MalletLdaTrainer;
import org.stancemap.topics.TopicDocuments;
import org.stancemap.topics.TopicModel;
import org.stancemap.topics.TopicOptions;

/**
 * The topic model a stance bundle carries ({@code train --k K}, {@code evaluate --k K}), with what
 * it was fitted on. Immutable.
 *
 * @param options   the options of the fit
 * @param documents the documents it was fitted on (records with a repeated id skipped)
 * @param model     the fitted model
 */
public record TopicFit(TopicOptions options, TopicDocuments documents, TopicModel model) {

    /**
     * Fits LDA on every record of the corpus, labelled or not (a record whose id repeats an earlier one
     * skipped, as {@code topics train} skips it), analysed by {@code analyzer}, with the default options
     * (early stop included) and at most {@code iterations} sweeps; one thread, so the result is the same
     * for the seed on any machine.
     */
    public static TopicFit fit(List<AbstractRecord> records, Analyzer analyzer, int k, int iterations, long seed) {
        TopicDocuments docs = TopicDocuments.of(records, analyzer);
        TopicOptions options = TopicOptions.defaults(k, seed).withIterations(iterations);
        return new TopicFit(options, docs, MalletLdaTrainer.fit(docs.docs(), options));
    }
}
