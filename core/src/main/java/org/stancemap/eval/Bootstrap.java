package org.stancemap.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * Percentile bootstrap intervals for a metric, resampling <em>groups</em> with replacement: a drawn
 * group brings all its records, so that a work with two versions counts as one unit of evidence.
 *
 * <p>Each replicate draws as many groups as there are, with replacement, computes
 * {@link ClassificationMetrics} on the records they bring and keeps the selected metric. The interval
 * is the {@code (1 - level) / 2} and {@code (1 + level) / 2} quantiles of the replicates, with linear
 * interpolation between order statistics (numpy's default). Immutable and thread-safe; results depend
 * only on the inputs and {@link Options#seed()}.
 */
public final class Bootstrap {

    /**
     * Bootstrap settings.
     *
     * @param replicates number of resamples, at least 10 (default 1000)
     * @param level      confidence level, in (0, 1) (default 0.95)
     * @param seed       seed of the resampling (default 42)
     */
    public record Options(int replicates, double level, long seed) {
        public Options {
            if (replicates < 10) {
                throw new IllegalArgumentException("Invalid bootstrap replicates: " + replicates + " (expected >= 10)");
            }
            if (!(level > 0 && level < 1)) {
                throw new IllegalArgumentException("Invalid bootstrap level: " + level + " (expected 0 < level < 1)");
            }
        }

        /** The defaults: 1000 replicates, 95%, seed 42. */
        public Options() {
            this(1000, 0.95, 42L);
        }
    }

    /**
     * A metric with its bootstrap interval.
     *
     * @param estimate   the metric on the full sample
     * @param lower      lower percentile bound
     * @param upper      upper percentile bound
     * @param level      confidence level of the bounds
     * @param replicates number of resamples
     * @param groups     number of groups resampled
     */
    @JsonPropertyOrder({"estimate", "lower", "upper", "level", "replicates", "groups"})
    public record Interval(double estimate, double lower, double upper, double level, int replicates, int groups) {
    }

    private final Options options;

    public Bootstrap(Options options) {
        if (options == null) {
            throw new IllegalArgumentException("bootstrap options must not be null");
        }
        this.options = options;
    }

    public Options options() {
        return options;
    }

    /**
     * The interval of one metric, e.g. {@code ClassificationMetrics::macroF1}.
     *
     * @param labels        class labels, in index order
     * @param gold          gold class index of each record
     * @param probabilities predicted probabilities, one row per record
     * @param groups        group key of each record
     * @param metric        picks the statistic out of the metrics of a resample
     * @throws IllegalArgumentException when the arrays disagree in length or hold invalid values
     */
    public Interval interval(List<String> labels, int[] gold, double[][] probabilities, String[] groups,
            ToDoubleFunction<ClassificationMetrics> metric) {
        ClassificationMetrics full = ClassificationMetrics.of(labels, gold, probabilities);
        Checks.groups(groups, gold.length);
        int[][] members = members(groups);
        Random random = new Random(options.seed());
        double[] values = new double[options.replicates()];
        for (int r = 0; r < values.length; r++) {
            int[] sample = resample(members, random);
            int[] g = new int[sample.length];
            double[][] p = new double[sample.length][];
            for (int i = 0; i < sample.length; i++) {
                g[i] = gold[sample[i]];
                p[i] = probabilities[sample[i]];
            }
            values[r] = metric.applyAsDouble(ClassificationMetrics.of(labels, g, p));
        }
        Arrays.sort(values);
        double tail = (1 - options.level()) / 2;
        return new Interval(metric.applyAsDouble(full), quantile(values, tail), quantile(values, 1 - tail),
                options.level(), options.replicates(), members.length);
    }

    /** Record indices of each distinct group, groups in order of first appearance. */
    static int[][] members(String[] groups) {
        Map<String, List<Integer>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < groups.length; i++) {
            byGroup.computeIfAbsent(groups[i], key -> new ArrayList<>()).add(i);
        }
        return byGroup.values().stream()
                .map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    /** One resample: as many groups as there are, drawn with replacement, each bringing all its records. */
    static int[] resample(int[][] members, Random random) {
        int[][] drawn = new int[members.length][];
        int size = 0;
        for (int d = 0; d < members.length; d++) {
            drawn[d] = members[random.nextInt(members.length)];
            size += drawn[d].length;
        }
        int[] sample = new int[size];
        int at = 0;
        for (int[] group : drawn) {
            System.arraycopy(group, 0, sample, at, group.length);
            at += group.length;
        }
        return sample;
    }

    /** Quantile {@code q} of sorted values, interpolating linearly between order statistics. */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
