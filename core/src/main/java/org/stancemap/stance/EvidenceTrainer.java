package org.stancemap.stance;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.function.Function;
import org.stancemap.stance.calibration.TemperatureScaling;

/**
 * Builds the {@code evidence} head from the label set's act sentences. Nothing but the scale is ever
 * fitted to labelled documents (one number, by maximum likelihood), and only from
 * {@link #MIN_RECORDS_TO_FIT} of them: the fourteen seed abstracts asked for a scale of 15, which
 * left the head under-confident on new literature (ECE 0.11 against 0.05 at the default).
 * Deterministic.
 */
public final class EvidenceTrainer implements StanceTrainer {
    /** Fewest labelled documents on which the scale is fitted; below, the default scale is kept. */
    public static final int MIN_RECORDS_TO_FIT = 30;

    /**
     * Hyperparameters.
     *
     * @param defaultScale   scale of the evidence when there is no labelled document to fit it on
     * @param bestWeight     weight of the per-sentence best act match (centred across labels)
     * @param centroidWeight weight of the per-sentence match with the label's centred act centroid
     * @param maxWeight      weight of the strongest sentence's best act match (centred across labels)
     */
    @JsonPropertyOrder({"default_scale", "best_weight", "centroid_weight", "max_weight"})
    public record Options(@JsonProperty("default_scale") double defaultScale, @JsonProperty("best_weight") double bestWeight,
                          @JsonProperty("centroid_weight") double centroidWeight, @JsonProperty("max_weight") double maxWeight) {
        public Options {
            if (!(defaultScale > 0)) {
                throw new IllegalArgumentException("Invalid default_scale: " + defaultScale + " (expected > 0)");
            }
            if (!(bestWeight >= 0 && centroidWeight >= 0 && maxWeight >= 0 && bestWeight + centroidWeight + maxWeight > 0)) {
                throw new IllegalArgumentException("Invalid weights: best " + bestWeight + ", centroid " + centroidWeight
                        + ", max " + maxWeight + " (expected >= 0, not all 0)");
            }
        }

        /**
         * Scale 25 (the calibrated spread on held-out literature, measured by bench/accuracy); mean best
         * match and centroid match weighted 1, the strongest sentence 0.5.
         */
        public static Options defaults() {
            return new Options(25.0, 1.0, 1.0, 0.5);
        }

        /** The defaults with other weights (for ablations). */
        public Options withWeights(double best, double centroid, double max) {
            return new Options(defaultScale, best, centroid, max);
        }
    }

    private final Options options;
    private final Function<String, Document> acts;

    /** @param acts embeds an act sentence (with the same embedding model as the corpus) */
    public EvidenceTrainer(Options options, Function<String, Document> acts) {
        this.options = options;
        this.acts = acts;
    }

    @Override
    public String head() {
        return EvidenceModel.HEAD;
    }

    @Override
    public Options options() {
        return options;
    }

    @Override
    public EvidenceModel fit(List<Document> docs, int[] y, LabelSet labels) {
        if (!labels.hasActs()) {
            throw new IllegalArgumentException("the evidence head needs act sentences for every label (label set "
                    + labels.id() + " has none for some; format_version 2)");
        }
        int total = labels.labels().stream().mapToInt(l -> l.acts().size()).sum();
        double[][] vectors = new double[total][];
        int[] actLabels = new int[total];
        int a = 0;
        for (int k = 0; k < labels.size(); k++) {
            for (String text : labels.labels().get(k).acts()) {
                vectors[a] = acts.apply(text).embeddingVector();
                actLabels[a++] = k;
            }
        }
        int d = vectors[0].length;
        double[][] centroids = new double[labels.size()][d];
        for (int i = 0; i < total; i++) {
            for (int j = 0; j < d; j++) {
                centroids[actLabels[i]][j] += vectors[i][j];
            }
        }
        ZeroShotTrainer.centre(centroids);
        EvidenceModel unit = new EvidenceModel(labels,
                new EvidenceModel.State(EvidenceModel.State.VERSION, labels.names(), 1.0, options.bestWeight(),
                        options.centroidWeight(), options.maxWeight(), actLabels, vectors, centroids));
        double scale = options.defaultScale();
        if (docs.size() >= MIN_RECORDS_TO_FIT) {
            double[][] z = new double[docs.size()][];
            for (int i = 0; i < z.length; i++) {
                z[i] = ZeroShotModel.scaled(unit.evidence(docs.get(i)), options.defaultScale());
            }
            scale = options.defaultScale() / TemperatureScaling.fit(z, y).temperature();
        }
        return new EvidenceModel(labels,
                new EvidenceModel.State(EvidenceModel.State.VERSION, labels.names(), scale, options.bestWeight(),
                        options.centroidWeight(), options.maxWeight(), actLabels, vectors, centroids));
    }
}
