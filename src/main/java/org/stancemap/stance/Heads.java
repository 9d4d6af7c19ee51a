package org.stancemap.stance;

import java.util.List;

/** The stance heads this build can train, by name. */
public final class Heads {
    private Heads() {}

    /** Names accepted by {@code train --model}. */
    public static List<String> names() {
        return List.of(TfidfLogisticModel.HEAD);
    }

    /**
     * A trainer with default hyperparameters for {@code head}.
     *
     * @param documents analyses label prototypes exactly as the corpus
     * @throws IllegalArgumentException for an unknown head, naming the known ones
     */
    public static StanceTrainer trainer(String head, long seed, DocumentFactory documents) {
        return switch (head) {
            case TfidfLogisticModel.HEAD -> new TfidfLogisticTrainer(TfidfLogisticTrainer.Options.defaults(), documents::of);
            default -> throw new IllegalArgumentException("Unknown model head '" + head + "' (expected one of: "
                    + String.join(", ", names()) + ")");
        };
    }
}
