package org.stancemap.topics;

import java.util.ArrayList;
import java.util.List;

/**
 * FIXTURE: hand-made, not real data. A literal in-memory corpus in the manner of MALLET's
 * {@code TestParallelTopicModelRegression}: three loose themes with a few mixed documents, so that
 * the sampler's result depends on its seed.
 */
final class LiteralCorpus {
    static final String[] TEXTS = {
        "cat dog cat bird dog cat fish bird",
        "soup pasta bread soup cheese pasta bread",
        "guitar drum piano guitar violin drum",
        "dog cat fish dog bird cat dog",
        "pasta cheese bread pasta soup cheese",
        "piano violin guitar piano drum violin",
        "cat bird fish cat dog soup pasta",
        "cheese soup pasta cheese guitar piano",
    };

    private LiteralCorpus() {}

    static List<TopicDocument> documents() {
        List<TopicDocument> docs = new ArrayList<>();
        for (int i = 0; i < TEXTS.length; i++) {
            docs.add(new TopicDocument("d" + i, List.of(TEXTS[i].split(" "))));
        }
        return docs;
    }

    /**
     * K = 3, 200 sweeps, alpha_sum 3, beta 0.01, no hyperparameter optimisation (it uses Math.log,
     * whose last bits may differ between JVMs), seed 42, one thread, every word kept.
     */
    static TopicOptions options() {
        return new TopicOptions(3, 200, 3.0, 0.01, 0, 0, 42, 1, DfFilter.keepAll());
    }

    static TopicModel model() {
        return MalletLdaTrainer.fit(documents(), options());
    }
}
