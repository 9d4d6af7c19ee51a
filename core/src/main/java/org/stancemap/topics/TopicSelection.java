package org.stancemap.topics;

import cc.mallet.topics.MarginalProbEstimator;
import cc.mallet.types.Alphabet;
import cc.mallet.types.InstanceList;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Helps choose the number of topics: trains one model per candidate K on nine tenths of the
 * corpus and scores each by mean training coherence and by held-out perplexity.
 *
 * <p>The held-out tenth is drawn with the options' seed. Perplexity is {@code exp(-LL / N)} over
 * the held-out in-vocabulary tokens, with {@code LL} from MALLET's {@code MarginalProbEstimator}
 * left-to-right estimator (Wallach, Murray, Salakhutdinov and Mimno 2009, "Evaluation methods for
 * topic models", ICML) with {@value #PARTICLES} particles, no resampling, seeded.
 *
 * <p>Rule for the recommendation: among the K whose perplexity is within {@value
 * #PERPLEXITY_TOLERANCE_PERCENT}% of the lowest, the K with the highest mean NPMI (ties: the
 * smaller K). Perplexity alone keeps falling with K long after topics stop being interpretable;
 * coherence alone favours a few broad topics; the tolerance keeps only Ks that fit about as well
 * as the best and lets coherence choose among them.
 *
 * <p>Stateless and thread-safe.
 */
public final class TopicSelection {
    public static final int PARTICLES = 10;
    public static final int PERPLEXITY_TOLERANCE_PERCENT = 5;
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\.\\.(\\d+)(?::(\\d+))?");

    private TopicSelection() {}

    /**
     * One candidate K.
     *
     * @param k                    number of topics
     * @param meanUmass            mean UMass coherence of the topics on the training part
     * @param meanNpmi             mean NPMI coherence of the topics on the training part
     * @param heldOutLogLikelihood left-to-right log likelihood of the held-out part
     * @param heldOutTokens        held-out tokens in the training vocabulary
     * @param perplexity           {@code exp(-heldOutLogLikelihood / heldOutTokens)}
     */
    @JsonPropertyOrder({"k", "mean_umass", "mean_npmi", "held_out_log_likelihood", "held_out_tokens", "perplexity"})
    public record Candidate(int k,
            @JsonProperty("mean_umass") double meanUmass,
            @JsonProperty("mean_npmi") double meanNpmi,
            @JsonProperty("held_out_log_likelihood") double heldOutLogLikelihood,
            @JsonProperty("held_out_tokens") long heldOutTokens,
            double perplexity) {}

    /**
     * The outcome of a selection.
     *
     * @param trainDocuments   documents the candidates were trained on
     * @param heldOutDocuments documents held out for perplexity
     * @param candidates       one per K, in the order given
     * @param recommendedK     the K the rule picks
     * @param reason           why, in one sentence
     */
    @JsonPropertyOrder({"train_documents", "held_out_documents", "candidates", "recommended_k", "reason"})
    public record Report(
            @JsonProperty("train_documents") int trainDocuments,
            @JsonProperty("held_out_documents") int heldOutDocuments,
            List<Candidate> candidates,
            @JsonProperty("recommended_k") int recommendedK,
            String reason) {
        public Report {
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * Parses a K range {@code FROM..TO[:STEP]} (step 5 by default), e.g. {@code 5..40} or {@code 10..30:10}.
     *
     * @throws IllegalArgumentException naming the value and the expected form
     */
    public static List<Integer> parseKs(String spec) {
        Matcher m = RANGE.matcher(spec == null ? "" : spec.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Invalid K range: '" + spec + "' (expected FROM..TO[:STEP], e.g. 5..40:5)");
        }
        int from = Integer.parseInt(m.group(1));
        int to = Integer.parseInt(m.group(2));
        int step = m.group(3) == null ? 5 : Integer.parseInt(m.group(3));
        if (from < 2 || to < from || step < 1) {
            throw new IllegalArgumentException("Invalid K range: '" + spec + "' (expected 2 <= FROM <= TO and STEP >= 1)");
        }
        List<Integer> ks = new ArrayList<>();
        for (int k = from; k <= to; k += step) {
            ks.add(k);
        }
        return ks;
    }

    /** {@link #select(List, List, TopicOptions, Consumer)} without progress reports. */
    public static Report select(List<TopicDocument> docs, List<Integer> ks, TopicOptions options) {
        return select(docs, ks, options, c -> { });
    }

    /**
     * Trains one model per K of {@code ks} (with {@code options}, K replaced) on the training
     * part and scores it.
     *
     * @param onCandidate called after each K, for progress display
     * @throws IllegalArgumentException for no K, fewer than 2 documents, or held-out documents
     *                                  without a single training-vocabulary token
     */
    public static Report select(List<TopicDocument> docs, List<Integer> ks, TopicOptions options,
            Consumer<Candidate> onCandidate) {
        if (ks == null || ks.isEmpty()) {
            throw new IllegalArgumentException("No K to select from");
        }
        if (docs.size() < 2) {
            throw new IllegalArgumentException("Topic selection needs at least 2 documents, got " + docs.size());
        }
        List<Integer> order = new ArrayList<>(IntStream.range(0, docs.size()).boxed().toList());
        Collections.shuffle(order, new Random(options.seed()));
        int held = Math.max(1, (int) Math.round(docs.size() / 10.0));
        List<TopicDocument> heldOut = new ArrayList<>();
        List<TopicDocument> train = new ArrayList<>();
        List<Integer> heldIdx = new ArrayList<>(order.subList(0, held));
        Collections.sort(heldIdx);
        for (int i = 0, h = 0; i < docs.size(); i++) {
            if (h < heldIdx.size() && heldIdx.get(h) == i) {
                heldOut.add(docs.get(i));
                h++;
            } else {
                train.add(docs.get(i));
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int k : ks) {
            TopicModel model = MalletLdaTrainer.fit(train, options.withK(k));
            Candidate c = score(model, heldOut);
            candidates.add(c);
            onCandidate.accept(c);
        }
        return recommend(train.size(), heldOut.size(), candidates);
    }

    /** Scores a trained model: its mean coherence and its perplexity on {@code heldOut}. */
    static Candidate score(TopicModel model, List<TopicDocument> heldOut) {
        Alphabet alphabet = MalletArrays.alphabet(model.vocabulary());
        InstanceList instances = MalletArrays.instances(alphabet, heldOut, model.index());
        long tokens = 0;
        for (var instance : instances) {
            tokens += ((cc.mallet.types.FeatureSequence) instance.getData()).getLength();
        }
        if (tokens == 0) {
            throw new IllegalArgumentException("The " + heldOut.size()
                    + " held-out documents have no word of the training vocabulary; perplexity is undefined");
        }
        MarginalProbEstimator estimator = MalletQuiet.withoutStderr(() -> new MarginalProbEstimator(model.k(),
                model.alpha(), model.alphaSum(), model.beta(), MalletArrays.pack(model.topicWordCounts()),
                model.tokensPerTopic()));
        estimator.setRandomSeed((int) model.options().seed());
        double ll = estimator.evaluateLeftToRight(instances, PARTICLES, false, null);
        double umass = model.coherence().stream().mapToDouble(TopicCoherence::umass).average().orElseThrow();
        double npmi = model.coherence().stream().mapToDouble(TopicCoherence::npmi).average().orElseThrow();
        return new Candidate(model.k(), umass, npmi, ll, tokens, Math.exp(-ll / tokens));
    }

    /** Applies the recommendation rule to scored candidates. */
    static Report recommend(int trainDocs, int heldOutDocs, List<Candidate> candidates) {
        Candidate best = candidates.stream().min(Comparator.comparingDouble(Candidate::perplexity)).orElseThrow();
        double limit = best.perplexity() * (1 + PERPLEXITY_TOLERANCE_PERCENT / 100.0);
        List<Candidate> eligible = candidates.stream().filter(c -> c.perplexity() <= limit).toList();
        Candidate pick = eligible.stream()
                .max(Comparator.comparingDouble(Candidate::meanNpmi).thenComparing(Comparator.comparingInt(Candidate::k).reversed()))
                .orElseThrow();
        String reason = String.format(Locale.ROOT,
                "K=%d has the highest mean NPMI (%.3f) among the K whose held-out perplexity is within %d%% of the lowest"
                        + " (%.1f at K=%d): %s",
                pick.k(), pick.meanNpmi(), PERPLEXITY_TOLERANCE_PERCENT, best.perplexity(), best.k(),
                eligible.stream().map(c -> "K=" + c.k()).toList());
        return new Report(trainDocs, heldOutDocs, candidates, pick.k(), reason);
    }
}
