package org.stancemap.stance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import smile.util.SparseArray;

/**
 * The {@code tfidf-lr} head: TF-IDF over lemma n-grams and a multinomial logistic regression.
 * Immutable and thread-safe.
 */
public final class TfidfLogisticModel implements StanceModel {
    public static final String HEAD = "tfidf-lr";

    private final LabelSet labels;
    private final TfidfVocabulary vocabulary;
    private final LinearWeights weights;

    public TfidfLogisticModel(LabelSet labels, TfidfVocabulary vocabulary, LinearWeights weights) {
        if (!weights.labels().equals(labels.names())) {
            throw new IllegalArgumentException("weights are for labels " + weights.labels() + ", label set has " + labels.names());
        }
        if (weights.features() != vocabulary.size()) {
            throw new IllegalArgumentException("weights have " + weights.features() + " features, vocabulary "
                    + vocabulary.size() + " terms");
        }
        this.labels = labels;
        this.vocabulary = vocabulary;
        this.weights = weights;
    }

    @Override
    public LabelSet labels() {
        return labels;
    }

    @Override
    public String head() {
        return HEAD;
    }

    @Override
    public double[] logits(Document doc) {
        return weights.logits(vector(doc.tokens()));
    }

    /**
     * The vector of {@code tokens}, reusing this thread's last one when asked again for the same
     * list (classification asks for the logits and then the explanation of each document).
     */
    private SparseArray vector(List<String> tokens) {
        LastVector last = LAST.get();
        if (last != null && last.model == this && last.tokens == tokens) {
            return last.vector;
        }
        SparseArray x = vocabulary.vectorize(tokens);
        LAST.set(new LastVector(this, tokens, x));
        return x;
    }

    /** One thread's last vector; compared by identity, so it never answers for another list or model. */
    private record LastVector(TfidfLogisticModel model, List<String> tokens, SparseArray vector) {}

    private static final ThreadLocal<LastVector> LAST = new ThreadLocal<>();

    @Override
    public List<TermWeight> explain(Document doc, int label, int k) {
        SparseArray x = vector(doc.tokens());
        List<TermWeight> all = new ArrayList<>();
        for (SparseArray.Entry e : x) {
            double c = e.x * weights.weights()[label][e.i];
            if (c > 0) {
                all.add(new TermWeight(vocabulary.term(e.i), c));
            }
        }
        all.sort(Comparator.comparingDouble(TermWeight::weight).reversed().thenComparing(TermWeight::term));
        return all.size() > k ? List.copyOf(all.subList(0, k)) : List.copyOf(all);
    }

    public TfidfVocabulary vocabulary() {
        return vocabulary;
    }

    public LinearWeights weights() {
        return weights;
    }
}
