package org.stancemap.stance;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.function.Function;
import org.stancemap.stance.calibration.TemperatureScaling;

/**
 * Builds the {@code zero-shot} head from the label set's descriptions and prototypes. With labelled
 * documents, only the scale is fitted to them (one number, by maximum likelihood); without any,
 * the default scale is kept. Deterministic.
 */
public final class ZeroShotTrainer implements StanceTrainer {

    /** @param defaultScale scale of the cosines when there is no labelled document to fit it on */
    public record Options(@JsonProperty("default_scale") double defaultScale) {
        public Options {
            if (!(defaultScale > 0)) {
                throw new IllegalArgumentException("Invalid default_scale: " + defaultScale + " (expected > 0)");
            }
        }

        public static Options defaults() {
            return new Options(20.0);
        }
    }

    private final Options options;
    private final Function<String, Document> prototypes;

    /** @param prototypes embeds a prototype text (with the same embedding model as the corpus) */
    public ZeroShotTrainer(Options options, Function<String, Document> prototypes) {
        this.options = options;
        this.prototypes = prototypes;
    }

    @Override
    public String head() {
        return ZeroShotModel.HEAD;
    }

    @Override
    public Options options() {
        return options;
    }

    @Override
    public ZeroShotModel fit(List<Document> docs, int[] y, LabelSet labels) {
        double[][] centroids = null;
        int[] counts = new int[labels.size()];
        for (Prototypes.Example ex : Prototypes.examples(labels)) {
            double[] e = prototypes.apply(ex.text()).embeddingVector();
            if (centroids == null) {
                centroids = new double[labels.size()][e.length];
            }
            for (int j = 0; j < e.length; j++) {
                centroids[ex.label()][j] += e[j];
            }
            counts[ex.label()]++;
        }
        if (centroids == null) {
            throw new IllegalArgumentException("the label set has no description or prototype to build a zero-shot model from");
        }
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] == 0) {
                throw new IllegalArgumentException("label " + labels.names().get(k) + " has no description or prototype");
            }
        }
        double[] mean = centre(centroids);
        ZeroShotModel unscaled = new ZeroShotModel(labels,
                new ZeroShotModel.State(ZeroShotModel.State.VERSION, labels.names(), 1.0, mean, centroids));
        double scale = options.defaultScale();
        if (!docs.isEmpty()) {
            double[][] z = new double[docs.size()][];
            for (int i = 0; i < z.length; i++) {
                z[i] = ZeroShotModel.scaled(unscaled.similarities(docs.get(i).embeddingVector()), options.defaultScale());
            }
            scale = options.defaultScale() / TemperatureScaling.fit(z, y).temperature();
        }
        return new ZeroShotModel(labels,
                new ZeroShotModel.State(ZeroShotModel.State.VERSION, labels.names(), scale, mean, centroids));
    }

    /**
     * Normalises each label's centroid to unit length, then subtracts their mean from each, in
     * place: what is left tells the labels apart. Returns the mean.
     */
    static double[] centre(double[][] centroids) {
        int d = centroids[0].length;
        double[] mean = new double[d];
        for (double[] c : centroids) {
            normalise(c);
            for (int j = 0; j < d; j++) {
                mean[j] += c[j] / centroids.length;
            }
        }
        for (double[] c : centroids) {
            for (int j = 0; j < d; j++) {
                c[j] -= mean[j];
            }
        }
        return mean;
    }

    private static void normalise(double[] v) {
        double n = Math.sqrt(ZeroShotModel.dot(v, v));
        for (int j = 0; j < v.length; j++) {
            v[j] /= n;
        }
    }
}
