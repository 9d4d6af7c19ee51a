package org.stancemap.stance;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import smile.util.SparseArray;

/**
 * Trains the {@code tfidf-lr} head with Smile's sparse multinomial logistic regression. Holds the
 * hyperparameters; deterministic (L-BFGS has no randomness). Thread-safe.
 */
public final class TfidfLogisticTrainer implements StanceTrainer {

    /**
     * Hyperparameters.
     *
     * @param tfidf      vocabulary options
     * @param lambda     L2 penalty of the logistic regression
     * @param tolerance  convergence tolerance of L-BFGS
     * @param maxIter    iteration limit of L-BFGS
     * @param prototypes add each label's description and prototype sentences as training examples
     *                   (the codebook as prior knowledge)
     */
    @JsonPropertyOrder({"tfidf", "lambda", "tolerance", "max_iter", "prototypes"})
    public record Options(
            TfidfOptions tfidf,
            double lambda,
            double tolerance,
            @JsonProperty("max_iter") int maxIter,
            boolean prototypes) {
        public Options {
            if (!(lambda >= 0)) {
                throw new IllegalArgumentException("Invalid lambda: " + lambda + " (expected >= 0)");
            }
            if (!(tolerance > 0)) {
                throw new IllegalArgumentException("Invalid tolerance: " + tolerance + " (expected > 0)");
            }
            if (maxIter < 1) {
                throw new IllegalArgumentException("Invalid max_iter: " + maxIter + " (expected >= 1)");
            }
        }

        /** TF-IDF defaults, lambda 0.1, tolerance 1e-5, 500 iterations, prototypes on. */
        public static Options defaults() {
            return new Options(TfidfOptions.defaults(), 0.1, 1e-5, 500, true);
        }
    }

    private final Options options;
    private final Function<String, Document> prototypeAnalyzer;

    /**
     * @param options           hyperparameters
     * @param prototypeAnalyzer turns a label description into a document (same analysis as the
     *                          corpus); used only when {@code options.prototypes()} is on
     */
    public TfidfLogisticTrainer(Options options, Function<String, Document> prototypeAnalyzer) {
        this.options = options;
        this.prototypeAnalyzer = prototypeAnalyzer;
    }

    @Override
    public String head() {
        return TfidfLogisticModel.HEAD;
    }

    @Override
    public Options options() {
        return options;
    }

    @Override
    public TfidfLogisticModel fit(List<Document> docs, int[] y, LabelSet labels) {
        if (docs.size() != y.length) {
            throw new IllegalArgumentException("documents and labels differ in number: " + docs.size() + " vs " + y.length);
        }
        List<List<String>> tokens = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            tokens.add(docs.get(i).tokens());
            ys.add(y[i]);
        }
        if (options.prototypes()) {
            for (Prototypes.Example ex : Prototypes.examples(labels)) {
                tokens.add(prototypeAnalyzer.apply(ex.text()).tokens());
                ys.add(ex.label());
            }
        }
        TfidfVocabulary vocab = TfidfVocabulary.fit(tokens, options.tfidf());
        if (vocab.size() == 0) {
            throw new IllegalArgumentException("no term survives the vocabulary filter (min_df "
                    + options.tfidf().minDf() + "); the training texts are empty after analysis");
        }
        List<SparseArray> x = new ArrayList<>(tokens.size());
        for (List<String> t : tokens) {
            x.add(vocab.vectorize(t));
        }
        int[] yy = ys.stream().mapToInt(Integer::intValue).toArray();
        LinearWeights w = LinearWeights.fitSparse(x, yy, vocab.size(), labels.names(),
                options.lambda(), options.tolerance(), options.maxIter());
        return new TfidfLogisticModel(labels, vocab, w);
    }
}
