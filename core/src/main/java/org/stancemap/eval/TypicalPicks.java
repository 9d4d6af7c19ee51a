package org.stancemap.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Cold-start choice of records to label (after TypiClust and ProbCover): typical and diverse, and
 * balanced across predicted stances. The picks are shared out evenly among the stances the model
 * predicts; within a stance its records are clustered by k-means on their embeddings (one cluster per
 * pick), and each cluster gives its most typical record, the one whose nearest neighbours are
 * closest. Typical records teach a model the centre of a region, where uncertain ones at a cold start
 * are mostly outliers; clusters keep the picks apart. Deterministic for a seed; stateless.
 *
 * <p>The k-means is a small seeded k-means++ written here because Smile's draws from a global random
 * generator, which would make label-next depend on what ran before it.
 */
public final class TypicalPicks {
    /** Neighbours whose mean distance defines typicality. */
    static final int NEIGHBOURS = 10;

    private TypicalPicks() {}

    /**
     * Indices of up to {@code k} records, ranked: each round takes one pick of every stance.
     *
     * @param vectors   unit embeddings of the candidate records
     * @param predicted predicted label of each record
     * @throws IllegalArgumentException when the arrays differ in length or {@code k < 1}
     */
    public static List<Integer> pick(float[][] vectors, int[] predicted, int k, long seed) {
        if (vectors.length != predicted.length) {
            throw new IllegalArgumentException(vectors.length + " vectors for " + predicted.length + " predictions");
        }
        if (k < 1) {
            throw new IllegalArgumentException("Invalid number of records to pick: " + k + " (expected >= 1)");
        }
        int labels = Arrays.stream(predicted).max().orElse(-1) + 1;
        List<List<Integer>> byLabel = new ArrayList<>();
        for (int l = 0; l < labels; l++) {
            byLabel.add(new ArrayList<>());
        }
        for (int i = 0; i < predicted.length; i++) {
            byLabel.get(predicted[i]).add(i);
        }
        int[] quota = quotas(byLabel.stream().mapToInt(List::size).toArray(), Math.min(k, vectors.length));
        List<List<Integer>> picks = new ArrayList<>();
        for (int l = 0; l < labels; l++) {
            picks.add(quota[l] == 0 ? List.of() : typicalPerCluster(vectors, byLabel.get(l), quota[l], seed + l));
        }
        List<Integer> out = new ArrayList<>();
        for (int round = 0; out.size() < k; round++) {
            int before = out.size();
            for (List<Integer> p : picks) {
                if (round < p.size() && out.size() < k) {
                    out.add(p.get(round));
                }
            }
            if (out.size() == before) {
                break;  // k-means left a cluster empty: fewer picks than asked
            }
        }
        return List.copyOf(out);
    }

    /** Picks per label: as even as the label sizes allow, the rest to the largest labels. */
    static int[] quotas(int[] sizes, int k) {
        int[] q = new int[sizes.length];
        int left = Math.min(k, Arrays.stream(sizes).sum());
        while (left > 0) {
            int open = 0;
            for (int l = 0; l < sizes.length; l++) {
                open += q[l] < sizes[l] ? 1 : 0;
            }
            int share = Math.max(1, left / Math.max(open, 1));
            Integer[] order = new Integer[sizes.length];
            for (int l = 0; l < order.length; l++) {
                order[l] = l;
            }
            Arrays.sort(order, Comparator.comparingInt((Integer l) -> -sizes[l]));
            for (int l : order) {
                int add = Math.min(Math.min(share, sizes[l] - q[l]), left);
                q[l] += add;
                left -= add;
            }
        }
        return q;
    }

    /** The most typical member of each of {@code k} clusters of {@code members}, most typical first. */
    static List<Integer> typicalPerCluster(float[][] vectors, List<Integer> members, int k, long seed) {
        int[] cluster = kMeans(vectors, members, k, seed);
        double[] typicality = typicality(vectors, members);
        Integer[] best = new Integer[k];
        for (int j = 0; j < members.size(); j++) {
            int c = cluster[j];
            if (best[c] == null || typicality[j] > typicality[best[c]]) {
                best[c] = j;
            }
        }
        return Arrays.stream(best).filter(b -> b != null)
                .sorted(Comparator.comparingDouble((Integer j) -> -typicality[j]))
                .map(members::get).toList();
    }

    /** Inverse mean distance to the nearest neighbours within {@code members}. */
    static double[] typicality(float[][] vectors, List<Integer> members) {
        int m = members.size();
        double[] out = new double[m];
        for (int a = 0; a < m; a++) {
            double[] d = new double[m - 1];
            int n = 0;
            for (int b = 0; b < m; b++) {
                if (a != b) {
                    d[n++] = distance(vectors[members.get(a)], vectors[members.get(b)]);
                }
            }
            Arrays.sort(d);
            int kn = Math.min(NEIGHBOURS, d.length);
            double mean = 0;
            for (int i = 0; i < kn; i++) {
                mean += d[i] / kn;
            }
            out[a] = kn == 0 ? 1 : 1 / (mean + 1e-9);
        }
        return out;
    }

    /** Seeded k-means++ with Lloyd iterations; the cluster of each member. */
    static int[] kMeans(float[][] vectors, List<Integer> members, int k, long seed) {
        int m = members.size();
        int dim = vectors[members.get(0)].length;
        Random rnd = new Random(seed);
        double[][] centres = new double[k][];
        centres[0] = toDouble(vectors[members.get(rnd.nextInt(m))]);
        double[] nearest = new double[m];
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int j = 0; j < m; j++) {
                nearest[j] = Double.POSITIVE_INFINITY;
                for (int e = 0; e < c; e++) {
                    nearest[j] = Math.min(nearest[j], squared(vectors[members.get(j)], centres[e]));
                }
                total += nearest[j];
            }
            double u = rnd.nextDouble() * total;
            int pick = 0;
            for (double acc = nearest[0]; acc < u && pick < m - 1; acc += nearest[++pick]) {
                // walk the cumulative distances
            }
            centres[c] = toDouble(vectors[members.get(pick)]);
        }
        int[] assign = new int[m];
        for (int iter = 0; iter < 50; iter++) {
            boolean changed = false;
            for (int j = 0; j < m; j++) {
                int best = 0;
                for (int c = 1; c < k; c++) {
                    if (squared(vectors[members.get(j)], centres[c]) < squared(vectors[members.get(j)], centres[best])) {
                        best = c;
                    }
                }
                changed |= best != assign[j] || iter == 0;
                assign[j] = best;
            }
            if (!changed) {
                break;
            }
            double[][] sum = new double[k][dim];
            int[] count = new int[k];
            for (int j = 0; j < m; j++) {
                count[assign[j]]++;
                float[] v = vectors[members.get(j)];
                for (int d = 0; d < dim; d++) {
                    sum[assign[j]][d] += v[d];
                }
            }
            for (int c = 0; c < k; c++) {
                if (count[c] > 0) {
                    for (int d = 0; d < dim; d++) {
                        sum[c][d] /= count[c];
                    }
                    centres[c] = sum[c];
                }
            }
        }
        return assign;
    }

    private static double[] toDouble(float[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i];
        }
        return out;
    }

    private static double squared(float[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return s;
    }

    private static double distance(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
