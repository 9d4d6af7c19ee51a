package org.stancemap.topics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What each topic of a model is about: its top words by probability and by relevance, its
 * prevalence, its training coherence and its most typical training documents. A value (JSON-ready
 * records); build with {@link #of}.
 *
 * @param lambda the relevance weight used
 * @param topics one report per topic, in topic order
 */
@JsonPropertyOrder({"lambda", "topics"})
public record TopicSummary(double lambda, List<Topic> topics) {
    /** LDAvis's default relevance weight (Sievert and Shirley 2014 found 0.6 best for interpretation). */
    public static final double DEFAULT_LAMBDA = 0.6;

    public TopicSummary {
        topics = List.copyOf(topics);
    }

    /**
     * One topic.
     *
     * @param topic         topic number, from 0
     * @param label         its three most probable words joined by {@code /}
     * @param prevalence    share of the training tokens assigned to it (LDAvis's topic size)
     * @param umass         UMass coherence of its top 10 words on the training corpus
     * @param npmi          NPMI coherence of its top 10 words on the training corpus
     * @param topWords      most probable words with {@code p(w|t)}
     * @param relevantWords most relevant words with their relevance
     * @param typical       training documents with the largest share of this topic
     */
    @JsonPropertyOrder({"topic", "label", "prevalence", "umass", "npmi", "top_words", "relevant_words", "typical"})
    public record Topic(int topic, String label, double prevalence, double umass, double npmi,
            @JsonProperty("top_words") List<Weighted> topWords,
            @JsonProperty("relevant_words") List<Weighted> relevantWords,
            List<Typical> typical) {}

    /** A word and a score. */
    public record Weighted(String word, double weight) {}

    /**
     * A typical document of a topic.
     *
     * @param id    the document id
     * @param share the topic's share of the document's mixture
     * @param start the first words of the document
     */
    public record Typical(String id, double share, String start) {}

    /**
     * Summarises {@code model}.
     *
     * <p>Relevance (Sievert and Shirley 2014, LDAvis) of word {@code w} to topic {@code t} is
     * {@code lambda log p(w|t) + (1 - lambda) log(p(w|t) / p(w))}, with {@code p(w|t)} smoothed by
     * beta and {@code p(w)} the word's share of the training tokens, smoothed the same way
     * ({@code (n_w + beta) / (N + V beta)}).
     *
     * @param model      the model
     * @param words      words listed per topic (>= 1)
     * @param lambda     relevance weight in [0, 1]; 1 ranks by probability, 0 by lift
     * @param typical    typical documents per topic (>= 0)
     * @param firstWords the first words of a training document by id, or null to show the
     *                   model's stored preview (its first lemmas); a null result falls back too
     */
    public static TopicSummary of(TopicModel model, int words, double lambda, int typical,
            Function<String, String> firstWords) {
        Objects.requireNonNull(model, "model");
        if (words < 1) {
            throw new IllegalArgumentException("Invalid number of words per topic: " + words + " (expected >= 1)");
        }
        if (!(lambda >= 0 && lambda <= 1)) {
            throw new IllegalArgumentException("Invalid relevance lambda: " + lambda + " (expected 0..1)");
        }
        if (typical < 0) {
            throw new IllegalArgumentException("Invalid number of typical documents: " + typical + " (expected >= 0)");
        }
        int k = model.k();
        int v = model.vocabulary().size();
        double total = model.totalTokens();
        double[] logMarginal = new double[v];
        for (int w = 0; w < v; w++) {
            long n = 0;
            for (int t = 0; t < k; t++) {
                n += model.count(t, w);
            }
            logMarginal[w] = Math.log((n + model.beta()) / (total + v * model.beta()));
        }
        double[][] mixtures = new double[model.documents()][];
        for (int d = 0; d < mixtures.length; d++) {
            mixtures[d] = model.trainingMixture(d);
        }
        List<Topic> topics = new ArrayList<>(k);
        for (int t = 0; t < k; t++) {
            double[] p = model.wordProbabilities(t);
            List<Weighted> top = new ArrayList<>();
            for (int w : model.topWordIndices(t, words)) {
                top.add(new Weighted(model.vocabulary().get(w), p[w]));
            }
            double[] relevance = new double[v];
            for (int w = 0; w < v; w++) {
                double logP = Math.log(p[w]);
                relevance[w] = lambda * logP + (1 - lambda) * (logP - logMarginal[w]);
            }
            List<Weighted> relevant = new ArrayList<>();
            for (int w : topIndices(relevance, words)) {
                relevant.add(new Weighted(model.vocabulary().get(w), relevance[w]));
            }
            TopicCoherence c = model.coherence().get(t);
            topics.add(new Topic(t, model.label(t), total == 0 ? 0 : model.tokensPerTopic(t) / total, c.umass(), c.npmi(),
                    top, relevant, typicalDocs(model, mixtures, t, typical, firstWords)));
        }
        return new TopicSummary(lambda, topics);
    }

    /** {@link #of} with 10 words, lambda 0.6, 3 typical documents and the stored previews. */
    public static TopicSummary of(TopicModel model) {
        return of(model, 10, DEFAULT_LAMBDA, 3, null);
    }

    /** The first {@code n} whitespace-separated words of {@code text}, with "..." when there are more. */
    public static String start(String text, int n) {
        String[] parts = text.strip().split("\\s+", n + 1);
        if (parts.length <= n) {
            return String.join(" ", parts);
        }
        return String.join(" ", Arrays.copyOf(parts, n)) + " ...";
    }

    /** Indices of the {@code n} largest values, largest first, ties by index. */
    static int[] topIndices(double[] values, int n) {
        Integer[] order = new Integer[values.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -values[i]).thenComparingInt(i -> i));
        return Arrays.stream(order).limit(n).mapToInt(Integer::intValue).toArray();
    }

    private static List<Typical> typicalDocs(TopicModel model, double[][] mixtures, int t, int n,
            Function<String, String> firstWords) {
        double[] share = new double[mixtures.length];
        for (int d = 0; d < share.length; d++) {
            share[d] = mixtures[d][t];
        }
        List<Typical> out = new ArrayList<>();
        for (int d : topIndices(share, n)) {
            String id = model.docId(d);
            String start = firstWords == null ? null : firstWords.apply(id);
            out.add(new Typical(id, share[d], start == null ? model.docPreview(d) : start));
        }
        return out;
    }
}
