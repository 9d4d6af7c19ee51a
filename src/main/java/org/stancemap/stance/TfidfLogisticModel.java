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
        return weights.logits(vocabulary.vectorize(doc.tokens()));
    }

    @Override
    public List<TermWeight> explain(Document doc, int label, int k) {
        SparseArray x = vocabulary.vectorize(doc.tokens());
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
