package org.stancemap.stance;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.stancemap.stance.HeadSpec.Need;
import org.stancemap.stance.mlp.MlpHead;

/**
 * The registry of stance heads: each head this build can train and load is declared here once
 * ({@link #ALL}), as a {@link HeadSpec}; everything else (names, what documents need, trainers,
 * bundle files, error messages) is looked up here. Adding a head means adding its model and
 * trainer classes and one declaration. Immutable and thread-safe.
 */
public final class Heads {
    /** Chooses the head by grouped cross-validation among {@link #names()}. */
    public static final String AUTO = "auto";

    private static final String TFIDF_VOCABULARY = "tfidf-vocabulary.json";
    private static final String TFIDF_WEIGHTS = "tfidf-lr-weights.json";
    private static final String EMBED_LR_WEIGHTS = "embed-lr-weights.json";
    private static final String EMBED_MLP = "embed-mlp.json";
    private static final String ZERO_SHOT = "zero-shot.json";
    private static final String EVIDENCE = "evidence.json";
    private static final String ENSEMBLE = "ensemble.json";

    /** The heads an ensemble combines, in order. */
    private static final List<String> ENSEMBLE_MEMBERS = List.of(EmbeddingLogisticModel.HEAD, ZeroShotModel.HEAD,
            TfidfLogisticModel.HEAD);

    /** Every head, in the order they are compared. */
    public static final List<HeadSpec<?>> ALL = List.of(
            new HeadSpec<>(TfidfLogisticModel.HEAD, TfidfLogisticModel.class, Set.of(), 0,
                    (seed, p) -> new TfidfLogisticTrainer(TfidfLogisticTrainer.Options.defaults(), p),
                    codec(m -> files(TFIDF_VOCABULARY, m.vocabulary().state(), TFIDF_WEIGHTS, m.weights()),
                            (labels, parts) -> new TfidfLogisticModel(labels,
                                    TfidfVocabulary.fromState(parts.read(TFIDF_VOCABULARY, TfidfVocabulary.State.class)),
                                    parts.read(TFIDF_WEIGHTS, LinearWeights.class)))),
            new HeadSpec<>(ZeroShotModel.HEAD, ZeroShotModel.class, Set.of(Need.EMBEDDINGS), 2,
                    (seed, p) -> new ZeroShotTrainer(ZeroShotTrainer.Options.defaults(), p),
                    codec(m -> files(ZERO_SHOT, m.state()),
                            (labels, parts) -> new ZeroShotModel(labels, parts.read(ZERO_SHOT, ZeroShotModel.State.class)))),
            new HeadSpec<>(EvidenceModel.HEAD, EvidenceModel.class, Set.of(Need.EMBEDDINGS, Need.SENTENCE_VECTORS), 1,
                    (seed, p) -> new EvidenceTrainer(EvidenceTrainer.Options.defaults(), p),
                    codec(m -> files(EVIDENCE, m.state()),
                            (labels, parts) -> new EvidenceModel(labels, parts.read(EVIDENCE, EvidenceModel.State.class)))),
            new HeadSpec<>(EmbeddingLogisticModel.HEAD, EmbeddingLogisticModel.class, Set.of(Need.EMBEDDINGS), 0,
                    (seed, p) -> new EmbeddingLogisticTrainer(EmbeddingLogisticTrainer.Options.defaults(), p),
                    codec(m -> files(EMBED_LR_WEIGHTS, m.weights()),
                            (labels, parts) -> new EmbeddingLogisticModel(labels, parts.read(EMBED_LR_WEIGHTS, LinearWeights.class)))),
            new HeadSpec<>(EmbeddingLogisticModel.HEAD_WITH_TOPICS, EmbeddingLogisticModel.class, Set.of(Need.EMBEDDINGS, Need.TOPICS), 0,
                    (seed, p) -> new EmbeddingLogisticTrainer(EmbeddingLogisticTrainer.Options.withTopics(), p),
                    codec(m -> files(EMBED_LR_WEIGHTS, m.weights()),
                            (labels, parts) -> new EmbeddingLogisticModel(labels,
                                    parts.read(EMBED_LR_WEIGHTS, LinearWeights.class), true))),
            new HeadSpec<>(EmbeddingMlpModel.HEAD, EmbeddingMlpModel.class, Set.of(Need.EMBEDDINGS), 0,
                    (seed, p) -> new EmbeddingMlpTrainer(EmbeddingMlpTrainer.Options.defaults(seed), p),
                    codec(m -> files(EMBED_MLP, m.mlp().state()),
                            (labels, parts) -> new EmbeddingMlpModel(labels, MlpHead.fromState(parts.read(EMBED_MLP, MlpHead.State.class))))),
            new HeadSpec<>(EnsembleModel.HEAD, EnsembleModel.class, Set.of(Need.EMBEDDINGS), 0,
                    (seed, p) -> new EnsembleTrainer(ENSEMBLE_MEMBERS.stream().map(h -> spec(h).trainer().create(seed, p)).toList()),
                    codec(Heads::ensembleParts, Heads::readEnsemble)));

    /** The prior heads, the more informative first (evidence reads act sentences, zero-shot whole-text prototypes). */
    public static final List<String> PRIORS = ALL.stream().filter(HeadSpec::isPrior)
            .sorted(Comparator.comparingInt(HeadSpec::priorRank)).map(HeadSpec::name).toList();

    /** The members of an ensemble, in order: the content of {@code ensemble.json}. */
    public record EnsembleState(@JsonProperty("format_version") int formatVersion, List<String> members) {
        static final int VERSION = 1;
    }

    private Heads() {}

    /** The declaration of {@code head}, if this build knows it. */
    public static Optional<HeadSpec<?>> find(String head) {
        return ALL.stream().filter(s -> s.name().equals(head)).findFirst();
    }

    /**
     * The declaration of {@code head}.
     *
     * @throws IllegalArgumentException for an unknown head, naming the known ones
     */
    public static HeadSpec<?> spec(String head) {
        return find(head).orElseThrow(() -> new IllegalArgumentException("Unknown model head '" + head
                + "' (expected one of: " + String.join(", ", names(true)) + ", or " + AUTO + ")"));
    }

    /** Names accepted by {@code train --model}, in the order they are compared (heads that need topics left out). */
    public static List<String> names() {
        return names(false);
    }

    /** The heads to compare: {@link #names()}, plus those that need topics ({@code embed-lr-topics}) when a topic model is given. */
    public static List<String> names(boolean topics) {
        return ALL.stream().filter(s -> topics || !s.needs(Need.TOPICS)).map(HeadSpec::name).toList();
    }

    /**
     * Whether the head reads topic mixtures (then documents must be built with a topic model).
     *
     * @throws IllegalArgumentException for an unknown head
     */
    public static boolean needsTopics(String head) {
        return spec(head).needs(Need.TOPICS);
    }

    /**
     * Whether the head is a prior: built from the label set, fitting only one scale to labelled
     * records ({@code zero-shot}, {@code evidence}), so that a few labels cannot make it memorise.
     *
     * @throws IllegalArgumentException for an unknown head
     */
    public static boolean isPrior(String head) {
        return spec(head).isPrior();
    }

    /**
     * Whether the head reads the embedding of every sentence (then documents are built with sentence vectors).
     *
     * @throws IllegalArgumentException for an unknown head
     */
    public static boolean needsSentenceVectors(String head) {
        return spec(head).needs(Need.SENTENCE_VECTORS);
    }

    /**
     * Whether the head reads sentence embeddings (then documents must be built with an embedder).
     *
     * @throws IllegalArgumentException for an unknown head
     */
    public static boolean needsEmbeddings(String head) {
        return spec(head).needs(Need.EMBEDDINGS);
    }

    /**
     * A trainer with default hyperparameters for {@code head}.
     *
     * @param documents analyses (and embeds) label prototypes exactly as the corpus; prototypes are
     *                  analysed once per trainer and reused across folds (null: a trainer that only
     *                  describes its options)
     * @throws IllegalArgumentException for an unknown head, naming the known ones, or a head whose
     *                                  needs {@code documents} does not meet
     */
    public static StanceTrainer trainer(String head, long seed, DocumentFactory documents) {
        HeadSpec<?> spec = spec(head);
        if (spec.needs(Need.EMBEDDINGS) && documents != null && documents.embedder() == null) {
            throw new IllegalArgumentException("head " + head + " needs an embedding model");
        }
        if (spec.needs(Need.TOPICS) && documents != null && documents.topics() == null) {
            throw new IllegalArgumentException("head " + head + " needs a topic model (train --k K or --topics DIR)");
        }
        Map<String, Document> memo = new ConcurrentHashMap<>();
        Function<String, Document> prototypes = t -> memo.computeIfAbsent(t, x -> {
            if (documents == null) {
                throw new IllegalStateException("this trainer was built to describe its options, not to train");
            }
            return documents.of(x);
        });
        return spec.trainer().create(seed, prototypes);
    }

    /**
     * The bundle files that store {@code model}: file name to the object written into it as JSON.
     *
     * @throws IllegalArgumentException for a head with no bundle format, or an ensemble that holds
     *                                  a head twice or another ensemble
     */
    public static Map<String, Object> parts(StanceModel model) {
        return find(model.head()).orElseThrow(() -> new IllegalArgumentException("no bundle format for head " + model.head()))
                .parts(model);
    }

    /**
     * Rebuilds the model of {@code head} from its bundle files.
     *
     * @throws IOException for an unknown head (naming the known ones) or a missing or invalid part
     */
    public static StanceModel read(String head, LabelSet labels, HeadSpec.PartReader parts) throws IOException {
        Optional<HeadSpec<?>> spec = find(head);
        if (spec.isEmpty()) {
            throw new IOException("unknown head '" + head + "' (this build knows: " + String.join(", ", names(true)) + ")");
        }
        return spec.get().codec().read(labels, parts);
    }

    private static <M extends StanceModel> HeadSpec.Codec<M> codec(Function<M, Map<String, Object>> parts, Reader<M> reader) {
        return new HeadSpec.Codec<>() {
            @Override
            public Map<String, Object> parts(M model) {
                return parts.apply(model);
            }

            @Override
            public M read(LabelSet labels, HeadSpec.PartReader partReader) throws IOException {
                return reader.read(labels, partReader);
            }
        };
    }

    /** {@link HeadSpec.Codec#read} as a lambda. */
    @FunctionalInterface
    private interface Reader<M> {
        M read(LabelSet labels, HeadSpec.PartReader parts) throws IOException;
    }

    private static Map<String, Object> files(Object... fileThenContent) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < fileThenContent.length; i += 2) {
            out.put((String) fileThenContent[i], fileThenContent[i + 1]);
        }
        return out;
    }

    private static Map<String, Object> ensembleParts(EnsembleModel model) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (StanceModel member : model.members()) {
            if (member instanceof EnsembleModel || names.contains(member.head())) {
                throw new IllegalArgumentException("an ensemble stores each head at most once, and no nested ensemble");
            }
            names.add(member.head());
            out.putAll(parts(member));
        }
        out.put(ENSEMBLE, new EnsembleState(EnsembleState.VERSION, names));
        return out;
    }

    private static EnsembleModel readEnsemble(LabelSet labels, HeadSpec.PartReader parts) throws IOException {
        EnsembleState s = parts.read(ENSEMBLE, EnsembleState.class);
        if (s.formatVersion() != EnsembleState.VERSION) {
            throw new IOException("Unsupported ensemble format_version " + s.formatVersion());
        }
        List<StanceModel> members = new ArrayList<>();
        for (String m : s.members()) {
            if (EnsembleModel.HEAD.equals(m)) {
                throw new IOException("an ensemble cannot contain an ensemble");
            }
            members.add(read(m, labels, parts));
        }
        return new EnsembleModel(labels, members);
    }
}
