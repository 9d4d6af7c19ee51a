package org.stancemap.stance;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** The stance heads this build can train, by name, with their default hyperparameters. */
public final class Heads {
    /** Chooses the head by grouped cross-validation among {@link #names()}. */
    public static final String AUTO = "auto";

    private Heads() {}

    /** Names accepted by {@code train --model}, in the order they are compared. */
    public static List<String> names() {
        return List.of(TfidfLogisticModel.HEAD, ZeroShotModel.HEAD, EvidenceModel.HEAD, EmbeddingLogisticModel.HEAD, EmbeddingMlpModel.HEAD,
                EnsembleModel.HEAD);
    }

    /** The heads to compare: {@link #names()}, plus {@code embed-lr-topics} when a topic model is given. */
    public static List<String> names(boolean topics) {
        if (!topics) {
            return names();
        }
        List<String> out = new java.util.ArrayList<>(names());
        out.add(out.indexOf(EmbeddingLogisticModel.HEAD) + 1, EmbeddingLogisticModel.HEAD_WITH_TOPICS);
        return List.copyOf(out);
    }

    /** Whether the head reads topic mixtures (then documents must be built with a topic model). */
    public static boolean needsTopics(String head) {
        return EmbeddingLogisticModel.HEAD_WITH_TOPICS.equals(head);
    }

    /**
     * Whether the head is a prior: built from the label set, fitting only one scale to labelled
     * records ({@code zero-shot}, {@code evidence}), so that a few labels cannot make it memorise.
     */
    public static boolean isPrior(String head) {
        return PRIORS.contains(head);
    }

    /** The prior heads, the more informative first (evidence reads act sentences, zero-shot whole-text prototypes). */
    public static final List<String> PRIORS = List.of(EvidenceModel.HEAD, ZeroShotModel.HEAD);

    /** Whether the head reads the embedding of every sentence (then documents are built with sentence vectors). */
    public static boolean needsSentenceVectors(String head) {
        return EvidenceModel.HEAD.equals(head);
    }

    /** Whether the head reads sentence embeddings (then documents must be built with an embedder). */
    public static boolean needsEmbeddings(String head) {
        return !TfidfLogisticModel.HEAD.equals(head);
    }

    /**
     * A trainer with default hyperparameters for {@code head}.
     *
     * @param documents analyses (and embeds) label prototypes exactly as the corpus; prototypes are
     *                  analysed once per trainer and reused across folds (null: a trainer that only
     *                  describes its options)
     * @throws IllegalArgumentException for an unknown head, naming the known ones, or an embedding
     *                                  head without an embedding model
     */
    public static StanceTrainer trainer(String head, long seed, DocumentFactory documents) {
        if (needsEmbeddings(head) && names(true).contains(head) && documents != null && documents.embedder() == null) {
            throw new IllegalArgumentException("head " + head + " needs an embedding model");
        }
        if (needsTopics(head) && documents != null && documents.topics() == null) {
            throw new IllegalArgumentException("head " + head + " needs a topic model (train --k K or --topics DIR)");
        }
        Map<String, Document> memo = new ConcurrentHashMap<>();
        Function<String, Document> prototypes = t -> memo.computeIfAbsent(t, x -> {
            if (documents == null) {
                throw new IllegalStateException("this trainer was built to describe its options, not to train");
            }
            return documents.of(x);
        });
        return switch (head) {
            case TfidfLogisticModel.HEAD -> new TfidfLogisticTrainer(TfidfLogisticTrainer.Options.defaults(), prototypes);
            case ZeroShotModel.HEAD -> new ZeroShotTrainer(ZeroShotTrainer.Options.defaults(), prototypes);
            case EvidenceModel.HEAD -> new EvidenceTrainer(EvidenceTrainer.Options.defaults(), prototypes);
            case EmbeddingLogisticModel.HEAD -> new EmbeddingLogisticTrainer(EmbeddingLogisticTrainer.Options.defaults(), prototypes);
            case EmbeddingLogisticModel.HEAD_WITH_TOPICS -> new EmbeddingLogisticTrainer(EmbeddingLogisticTrainer.Options.withTopics(), prototypes);
            case EmbeddingMlpModel.HEAD -> new EmbeddingMlpTrainer(EmbeddingMlpTrainer.Options.defaults(seed), prototypes);
            case EnsembleModel.HEAD -> new EnsembleTrainer(List.of(
                    new EmbeddingLogisticTrainer(EmbeddingLogisticTrainer.Options.defaults(), prototypes),
                    new ZeroShotTrainer(ZeroShotTrainer.Options.defaults(), prototypes),
                    new TfidfLogisticTrainer(TfidfLogisticTrainer.Options.defaults(), prototypes)));
            default -> throw new IllegalArgumentException("Unknown model head '" + head + "' (expected one of: "
                    + String.join(", ", names(true)) + ", or " + AUTO + ")");
        };
    }
}
