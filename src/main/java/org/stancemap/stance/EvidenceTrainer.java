package org.stancemap.stance;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.function.Function;
import org.stancemap.stance.calibration.TemperatureScaling;

/**
 * Builds the {@code evidence} head from the label set's act sentences. With labelled documents only
 * the scale is fitted to them (one number, by maximum likelihood), so a dozen labels cannot make it
 * memorise; without any, the default scale is kept. Deterministic.
 */
public final class EvidenceTrainer implements StanceTrainer {

    /**
     * Hyperparameters.
     *
     * @param defaultScale   scale of the evidence when there is no labelled document to fit it on
     * @param bestWeight     weight of the per-sentence best act match (centred across labels)
     * @param centroidWeight weight of the per-sentence match with the label's centred act centroid
     */
    @JsonPropertyOrder({"default_scale", "best_weight", "centroid_weight"})
    public record Options(@JsonProperty("default_scale") double defaultScale, @JsonProperty("best_weight") double bestWeight,
                          @JsonProperty("centroid_weight") double centroidWeight) {
        public Options {
            if (!(defaultScale > 0)) {
                throw new IllegalArgumentException("Invalid default_scale: " + defaultScale + " (expected > 0)");
            }
            if (!(bestWeight >= 0 && centroidWeight >= 0 && bestWeight + centroidWeight > 0)) {
                throw new IllegalArgumentException("Invalid weights: best " + bestWeight + ", centroid " + centroidWeight
                        + " (expected >= 0, not both 0)");
            }
        }

        /** Scale 25, both parts weighted 1: the spread that was about calibrated on held-out literature. */
        public static Options defaults() {
            return new Options(25.0, 1.0, 1.0);
        }

        /** The defaults with only the given weights. */
        public Options withWeights(double best, double centroid) {
            return new Options(defaultScale, best, centroid);
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
        double[] mean = new double[d];
        for (double[] c : centroids) {
            double norm = Math.sqrt(ZeroShotModel.dot(c, c));
            for (int j = 0; j < d; j++) {
                c[j] /= norm;
                mean[j] += c[j] / centroids.length;
            }
        }
        for (double[] c : centroids) {
            for (int j = 0; j < d; j++) {
                c[j] -= mean[j];
            }
        }
        EvidenceModel unit = new EvidenceModel(labels,
                new EvidenceModel.State(EvidenceModel.State.VERSION, labels.names(), 1.0, options.bestWeight(),
                        options.centroidWeight(), actLabels, vectors, centroids));
        double scale = options.defaultScale();
        if (!docs.isEmpty()) {
            double[][] z = new double[docs.size()][];
            for (int i = 0; i < z.length; i++) {
                z[i] = ZeroShotModel.scaled(unit.evidence(docs.get(i)), options.defaultScale());
            }
            scale = options.defaultScale() / TemperatureScaling.fit(z, y).temperature();
        }
        return new EvidenceModel(labels,
                new EvidenceModel.State(EvidenceModel.State.VERSION, labels.names(), scale, options.bestWeight(),
                        options.centroidWeight(), actLabels, vectors, centroids));
    }
}
