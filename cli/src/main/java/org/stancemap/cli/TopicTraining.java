package org.stancemap.cli;

import java.io.PrintWriter;
import org.stancemap.topics.TopicDocuments;
import org.stancemap.train.TopicFit;

/** Prints the topic model that {@code train --k K} and {@code evaluate --k K} fit on the corpus. */
final class TopicTraining {
    private TopicTraining() {}

    /** The fit's settings and each topic's top words on {@code out}; each skipped repeated id on {@code err}. */
    static void print(TopicFit fit, PrintWriter out, PrintWriter err) {
        for (TopicDocuments.Repeat r : fit.documents().repeats()) {
            err.println("stancemap: skipped " + r.message());
        }
        out.printf("topics: LDA with K = %d on %d abstracts, %s, seed %d, 1 thread%n", fit.options().k(),
                fit.documents().docs().size(), TopicsTrainCommand.sweepsLine(fit.options()), fit.options().seed());
        for (int t = 0; t < fit.model().k(); t++) {
            out.printf("  topic %d: %s%n", t, String.join(" ", fit.model().topWords(t, 8)));
        }
    }
}
