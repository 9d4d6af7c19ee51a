package org.stancemap.stance;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything this build knows about one stance head, declared once in {@link Heads}: its name, what
 * its documents must carry, whether it is a prior, how to make its trainer and how its model is
 * stored as plain data files in a bundle.
 *
 * @param name      the name on the command line, in manifests and in {@link StanceModel#head()}
 * @param type      the class of the models it trains
 * @param needs     what documents must be built with for it
 * @param priorRank 0 for a learned head; for a prior (built from the label set, fitting one scale),
 *                  its rank among the priors, 1 the most informative
 * @param trainer   makes its trainer with default hyperparameters
 * @param codec     its files in a bundle, and how to read them back
 * @param <M>       the model type
 */
public record HeadSpec<M extends StanceModel>(String name, Class<M> type, Set<Need> needs, int priorRank,
                                              TrainerFactory trainer, Codec<M> codec) {
    /** What a head's documents must be built with. */
    public enum Need {
        /** an embedding model (whole-text embeddings) */
        EMBEDDINGS,
        /** the embedding of every sentence */
        SENTENCE_VECTORS,
        /** a topic model (topic mixtures) */
        TOPICS
    }

    /** Makes a head's trainer with default hyperparameters. */
    @FunctionalInterface
    public interface TrainerFactory {
        /**
         * @param seed       the training seed (heads that draw random numbers use it)
         * @param prototypes the analysed (and embedded) document of a label prototype text
         */
        StanceTrainer create(long seed, Function<String, Document> prototypes);
    }

    /** Reads one part of a bundle as a given type. */
    @FunctionalInterface
    public interface PartReader {
        /** @throws IOException when the part is missing, unlisted or not valid JSON for {@code type} */
        <T> T read(String file, Class<T> type) throws IOException;
    }

    /**
     * A head's files in a bundle. Every head's files have names of their own, so an ensemble stores
     * its members' files side by side. Bundles already written must keep loading: file names and
     * contents are a persisted format.
     */
    public interface Codec<M extends StanceModel> {
        /** File name to the object that is written into it as JSON, in writing order. */
        Map<String, Object> parts(M model);

        /** Rebuilds the model from its parts. */
        M read(LabelSet labels, PartReader parts) throws IOException;
    }

    public HeadSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(trainer, "trainer");
        Objects.requireNonNull(codec, "codec");
        needs = needs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(needs));
        if (name.isBlank() || priorRank < 0) {
            throw new IllegalArgumentException("Invalid head declaration: name '" + name + "', prior rank " + priorRank);
        }
    }

    /** Whether documents must be built with {@code need} for this head. */
    public boolean needs(Need need) {
        return needs.contains(need);
    }

    /** Whether the head is a prior (see {@link Heads#isPrior(String)}). */
    public boolean isPrior() {
        return priorRank > 0;
    }

    /**
     * The files that store {@code model}.
     *
     * @throws ClassCastException when {@code model} is not of this head's type
     */
    public Map<String, Object> parts(StanceModel model) {
        return codec.parts(type.cast(model));
    }
}
