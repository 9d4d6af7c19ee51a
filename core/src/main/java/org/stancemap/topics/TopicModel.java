package org.stancemap.topics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained LDA topic model: vocabulary, topic-word counts, hyperparameters, the training
 * documents' topic counts, and the coherence of each topic on the training corpus. Immutable and
 * thread-safe; {@link #infer} may be called from any number of threads.
 *
 * <p>Made by {@link MalletLdaTrainer#fit}; persisted through {@link #state()} and {@link
 * #fromState} (plain JSON-ready arrays, never Java serialisation).
 */
public final class TopicModel {
    /** The {@link State} layout this build writes and reads. */
    public static final int FORMAT_VERSION = 2;
    /** Tokens of each training document kept as its preview. */
    static final int PREVIEW_TOKENS = 12;
    /** Top words over which training coherence is computed. */
    public static final int COHERENCE_WORDS = 10;

    private final TopicOptions options;
    private final int sweeps;
    private final List<String> vocabulary;
    private final Map<String, Integer> index;
    private final int[][] topicWordCounts;
    private final int[] tokensPerTopic;
    private final double[] alpha;
    private final double beta;
    private final List<String> docIds;
    private final List<String> docPreviews;
    private final int[][] docTopicCounts;
    private final List<TopicCoherence> coherence;
    private final List<String> labels;
    private final TopicInference inference;

    /**
     * The persisted form of a topic model; every array is in the order of {@code vocabulary} and
     * topic number.
     *
     * @param formatVersion   {@value #FORMAT_VERSION}; a loader refuses other versions
     * @param settings        the training options
     * @param sweeps          the Gibbs sweeps run: {@code settings.iterations()}, or fewer when the
     *                        early stop ended training (new in version 2; version 1 ran them all)
     * @param vocabulary      the words, in type-index order
     * @param topicWordCounts {@code [K][V]}: tokens of word {@code w} assigned to topic {@code t}
     * @param alpha           {@code [K]}: the (optimised) document-topic Dirichlet parameters
     * @param beta            the (optimised) topic-word Dirichlet parameter
     * @param docIds          {@code [D]}: training document ids
     * @param docPreviews     {@code [D]}: the first tokens of each training document
     * @param docTopicCounts  {@code [D][K]}: tokens of each training document per topic
     * @param coherence       {@code [K]}: coherence of each topic's top 10 words on the training corpus
     */
    @JsonPropertyOrder({"format_version", "settings", "sweeps", "vocabulary", "alpha", "beta", "coherence", "topic_word_counts",
        "doc_ids", "doc_previews", "doc_topic_counts"})
    public record State(
            @JsonProperty("format_version") int formatVersion,
            TopicOptions settings,
            int sweeps,
            List<String> vocabulary,
            @JsonProperty("topic_word_counts") int[][] topicWordCounts,
            double[] alpha,
            double beta,
            @JsonProperty("doc_ids") List<String> docIds,
            @JsonProperty("doc_previews") List<String> docPreviews,
            @JsonProperty("doc_topic_counts") int[][] docTopicCounts,
            List<TopicCoherence> coherence) {}

    TopicModel(TopicOptions options, int sweeps, List<String> vocabulary, int[][] topicWordCounts, double[] alpha,
            double beta, List<String> docIds, List<String> docPreviews, int[][] docTopicCounts,
            List<TopicCoherence> coherence) {
        this.options = present(options, "settings");
        if (sweeps < 1 || sweeps > options.iterations()) {
            throw new IllegalArgumentException("Invalid topic model: " + sweeps + " sweeps run (expected 1.."
                    + options.iterations() + ", the iterations setting)");
        }
        this.sweeps = sweeps;
        this.vocabulary = List.copyOf(present(vocabulary, "vocabulary"));
        int k = options.k();
        int v = this.vocabulary.size();
        if (v == 0) {
            throw new IllegalArgumentException("Invalid topic model: empty vocabulary");
        }
        this.index = new HashMap<>(v * 2);
        for (int i = 0; i < v; i++) {
            if (index.put(this.vocabulary.get(i), i) != null) {
                throw new IllegalArgumentException("Invalid topic model: word '" + this.vocabulary.get(i)
                        + "' appears twice in the vocabulary");
            }
        }
        this.topicWordCounts = copy(present(topicWordCounts, "topic_word_counts"), k, v, "topic_word_counts");
        this.alpha = present(alpha, "alpha").clone();
        if (this.alpha.length != k) {
            throw new IllegalArgumentException("Invalid topic model: alpha has " + alpha.length + " entries, expected k = " + k);
        }
        for (double a : this.alpha) {
            if (!(a > 0) || Double.isInfinite(a)) {
                throw new IllegalArgumentException("Invalid topic model: alpha " + a + " (expected finite > 0)");
            }
        }
        if (!(beta > 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("Invalid topic model: beta " + beta + " (expected finite > 0)");
        }
        this.beta = beta;
        this.docIds = List.copyOf(present(docIds, "doc_ids"));
        this.docPreviews = List.copyOf(present(docPreviews, "doc_previews"));
        int d = this.docIds.size();
        if (this.docPreviews.size() != d) {
            throw new IllegalArgumentException("Invalid topic model: " + docPreviews.size() + " doc_previews for " + d + " doc_ids");
        }
        this.docTopicCounts = copy(present(docTopicCounts, "doc_topic_counts"), d, k, "doc_topic_counts");
        this.tokensPerTopic = new int[k];
        long[] fromDocs = new long[k];
        for (int t = 0; t < k; t++) {
            long sum = 0;
            for (int w = 0; w < v; w++) {
                sum += this.topicWordCounts[t][w];
            }
            if (sum > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("Invalid topic model: topic " + t + " holds " + sum + " tokens");
            }
            tokensPerTopic[t] = (int) sum;
        }
        for (int[] row : this.docTopicCounts) {
            for (int t = 0; t < k; t++) {
                fromDocs[t] += row[t];
            }
        }
        for (int t = 0; t < k; t++) {
            // the same tokens counted two ways: a mismatch means a damaged or hand-edited file
            if (fromDocs[t] != tokensPerTopic[t]) {
                throw new IllegalArgumentException("Invalid topic model: topic " + t + " has " + tokensPerTopic[t]
                        + " tokens in topic_word_counts but " + fromDocs[t] + " in doc_topic_counts");
            }
        }
        this.coherence = List.copyOf(present(coherence, "coherence"));
        if (this.coherence.size() != k) {
            throw new IllegalArgumentException("Invalid topic model: " + coherence.size() + " coherence entries, expected k = " + k);
        }
        List<String> names = new ArrayList<>(k);
        for (int t = 0; t < k; t++) {
            names.add(String.join("/", topWords(t, 3)));
        }
        this.labels = List.copyOf(names);
        this.inference = new TopicInference(this);
    }

    private static <T> T present(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException("Invalid topic model: no " + name);
        }
        return value;
    }

    private static int[][] copy(int[][] a, int rows, int cols, String name) {
        if (a.length != rows) {
            throw new IllegalArgumentException("Invalid topic model: " + name + " has " + a.length + " rows, expected " + rows);
        }
        int[][] out = new int[rows][];
        for (int r = 0; r < rows; r++) {
            if (a[r] == null || a[r].length != cols) {
                throw new IllegalArgumentException("Invalid topic model: " + name + " row " + r + " has "
                        + (a[r] == null ? "no" : a[r].length) + " entries, expected " + cols);
            }
            for (int c = 0; c < cols; c++) {
                if (a[r][c] < 0) {
                    throw new IllegalArgumentException("Invalid topic model: " + name + "[" + r + "][" + c + "] = " + a[r][c]);
                }
            }
            out[r] = a[r].clone();
        }
        return out;
    }

    /**
     * Rebuilds a model from its persisted state, checking version, shapes and consistency.
     *
     * @throws IllegalArgumentException on another format version or an inconsistent state
     */
    public static TopicModel fromState(State s) {
        present(s, "state");
        if (s.formatVersion() != FORMAT_VERSION) {
            throw new IllegalArgumentException("Unsupported topic model format_version " + s.formatVersion()
                    + " (this build reads " + FORMAT_VERSION + ")");
        }
        return new TopicModel(s.settings(), s.sweeps(), s.vocabulary(), s.topicWordCounts(), s.alpha(), s.beta(), s.docIds(),
                s.docPreviews(), s.docTopicCounts(), s.coherence());
    }

    /** The persisted form (deep copies). */
    public State state() {
        return new State(FORMAT_VERSION, options, sweeps, vocabulary, copy(topicWordCounts, k(), vocabulary.size(), "topic_word_counts"),
                alpha.clone(), beta, docIds, docPreviews, copy(docTopicCounts, docIds.size(), k(), "doc_topic_counts"), coherence);
    }

    /** The training options. */
    public TopicOptions options() {
        return options;
    }

    /** The Gibbs sweeps run: the iterations setting, or fewer when the early stop ended training. */
    public int sweeps() {
        return sweeps;
    }

    /** Number of topics. */
    public int k() {
        return options.k();
    }

    /** The vocabulary in type-index order. */
    public List<String> vocabulary() {
        return vocabulary;
    }

    /** Type index of {@code word}, or -1 when it is not in the vocabulary. */
    public int indexOf(String word) {
        Integer i = index.get(word);
        return i == null ? -1 : i;
    }

    Map<String, Integer> index() {
        return index;
    }

    /** Tokens of word {@code w} assigned to topic {@code t} in training. */
    public int count(int t, int w) {
        return topicWordCounts[t][w];
    }

    /** Training tokens assigned to topic {@code t}. */
    public int tokensPerTopic(int t) {
        return tokensPerTopic[t];
    }

    int[] tokensPerTopic() {
        return tokensPerTopic.clone();
    }

    int[][] topicWordCounts() {
        return topicWordCounts;  // package-private, read-only by convention
    }

    /** All training tokens. */
    public long totalTokens() {
        long n = 0;
        for (int c : tokensPerTopic) {
            n += c;
        }
        return n;
    }

    /** The document-topic Dirichlet parameters (a copy). */
    public double[] alpha() {
        return alpha.clone();
    }

    /** Sum of {@link #alpha()}. */
    public double alphaSum() {
        return Arrays.stream(alpha).sum();
    }

    /** The topic-word Dirichlet parameter. */
    public double beta() {
        return beta;
    }

    /** {@code p(w | t) = (n_tw + beta) / (n_t + V beta)} for every word, in vocabulary order. */
    public double[] wordProbabilities(int t) {
        int v = vocabulary.size();
        double[] p = new double[v];
        double norm = tokensPerTopic[t] + v * beta;
        for (int w = 0; w < v; w++) {
            p[w] = (topicWordCounts[t][w] + beta) / norm;
        }
        return p;
    }

    /** The {@code n} most probable words of topic {@code t} (ties: vocabulary order). */
    public List<String> topWords(int t, int n) {
        List<String> out = new ArrayList<>();
        for (int w : topWordIndices(topicWordCounts[t], n)) {
            out.add(vocabulary.get(w));
        }
        return out;
    }

    /** Vocabulary indices of the {@code n} most probable words of topic {@code t} (ties: vocabulary order). */
    int[] topWordIndices(int t, int n) {
        return topWordIndices(topicWordCounts[t], n);
    }

    static int[] topWordIndices(int[] counts, int n) {
        Integer[] order = new Integer[counts.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a]) : Integer.compare(a, b));
        int m = Math.min(n, order.length);
        int[] out = new int[m];
        for (int i = 0; i < m; i++) {
            out[i] = order[i];
        }
        return out;
    }

    /** Number of training documents. */
    public int documents() {
        return docIds.size();
    }

    /** Id of training document {@code d}. */
    public String docId(int d) {
        return docIds.get(d);
    }

    /** The first tokens of training document {@code d}, space-separated. */
    public String docPreview(int d) {
        return docPreviews.get(d);
    }

    /** Tokens of training document {@code d} per topic (a copy). */
    public int[] docTopicCounts(int d) {
        return docTopicCounts[d].clone();
    }

    /**
     * The topic mixture of training document {@code d} at the end of sampling:
     * {@code (n_dt + alpha_t) / (n_d + sum alpha)}, as MALLET's {@code getTopicProbabilities}.
     */
    public double[] trainingMixture(int d) {
        int[] row = docTopicCounts[d];
        double[] theta = new double[row.length];
        double n = alphaSum();
        for (int c : row) {
            n += c;
        }
        for (int t = 0; t < row.length; t++) {
            theta[t] = (row[t] + alpha[t]) / n;
        }
        return theta;
    }

    /** Coherence of each topic's top {@value #COHERENCE_WORDS} words on the training corpus. */
    public List<TopicCoherence> coherence() {
        return coherence;
    }

    /**
     * The topic mixture of a new document ({@code K} weights summing to 1), by MALLET's
     * inferencer with the default {@link TopicInference.Options} and the model's seed. Words
     * outside the vocabulary are ignored; a document with none left gets {@code alpha / sum alpha}.
     * Deterministic: the same tokens always give the same mixture, whatever the call order or thread.
     */
    public double[] infer(List<String> tokens) {
        return inference.infer(tokens);
    }

    /** The short label of topic {@code t}: its three most probable words joined by {@code /}. */
    public String label(int t) {
        return labels.get(t);
    }

    /**
     * The {@code n} largest topics of {@code mixture} (as from {@link #infer}), largest first, ties
     * by topic number, each with its label.
     */
    public List<TopicShare> topTopics(double[] mixture, int n) {
        if (mixture.length != k()) {
            throw new IllegalArgumentException("Mixture has " + mixture.length + " weights, expected k = " + k());
        }
        List<TopicShare> out = new ArrayList<>();
        for (int t : TopicSummary.topIndices(mixture, n)) {
            out.add(new TopicShare(t, mixture[t], labels.get(t)));
        }
        return out;
    }

    /** The inference of this model with its default options. */
    public TopicInference inference() {
        return inference;
    }
}
