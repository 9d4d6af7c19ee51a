package org.stancemap.cli;

import java.io.PrintWriter;
import java.util.List;
import org.stancemap.corpus.AbstractRecord;
import org.stancemap.text.Analyzer;
import org.stancemap.text.TokenSteps;
import org.stancemap.topics.MalletLdaTrainer;
import org.stancemap.topics.TopicDocument;
import org.stancemap.topics.TopicModel;
import org.stancemap.topics.TopicOptions;

/** Trains the topic model that a stance bundle carries ({@code train --k K}, {@code evaluate --k K}). */
final class TopicTraining {
    private TopicTraining() {}

    /**
     * Fits LDA on every record of the corpus, labelled or not, analysed by {@code analyzer}, with the
     * default options (early stop included) and at most {@code iterations} sweeps; one thread, so the
     * result is the same for the seed on any machine.
     */
    static TopicModel fit(List<AbstractRecord> records, Analyzer analyzer, int k, int iterations, long seed,
                          PrintWriter out) {
        List<TopicDocument> docs = records.parallelStream()
                .map(r -> new TopicDocument(r.outputId(), words(analyzer.analyze(r.text())))).toList();
        TopicOptions options = TopicOptions.defaults(k, seed).withIterations(iterations);
        out.printf("topics: LDA with K = %d on %d abstracts, %s, seed %d, 1 thread%n", k, docs.size(),
                TopicsTrainCommand.sweepsLine(options), seed);
        TopicModel model = MalletLdaTrainer.fit(docs, options);
        for (int t = 0; t < model.k(); t++) {
            out.printf("  topic %d: %s%n", t, String.join(" ", model.topWords(t, 8)));
        }
        return model;
    }

    /** Lemmas without the number mask: numbers say nothing about a topic. Inference ignores the mask too, as an unknown word. */
    static List<String> words(List<String> lemmas) {
        return lemmas.stream().filter(t -> !TokenSteps.NUMBER_MASK.equals(t)).toList();
    }
}
