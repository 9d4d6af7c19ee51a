package org.stancemap.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Cross-validation folds that never split a group (a work: a working paper and its journal version
 * share one), so that no near-duplicate of a test abstract is trained on.
 *
 * <p>{@link #kFold} follows scikit-learn's {@code StratifiedGroupKFold(shuffle=True)}: groups are
 * shuffled with the seed, ordered by the spread of their label counts (largest first, stable), and
 * each is put in the fold where the mean over classes of the standard deviation of per-fold class
 * shares is smallest, ties going to the fold with fewer records, then to the lower fold. The result
 * is a deterministic function of the inputs and the seed. Stateless and thread-safe.
 */
public final class GroupedFolds {

    private static final double TIE = 1e-12;

    private GroupedFolds() {
    }

    /**
     * Splits records into {@code k} folds without splitting a group.
     *
     * <p>The plan is {@code stratified} when every class occurs in at least {@code k} groups, so that
     * every test fold can hold every class. Otherwise the same greedy assignment still spreads each
     * class over as many folds as it can, but the plan says {@code stratified = false} and names the
     * class in {@code method}.
     *
     * @param groups group key of each record (not null)
     * @param labels label of each record (not null)
     * @param k      number of folds, {@code 2 <= k <= number of distinct groups}
     * @param seed   seed of the group shuffle
     * @throws IllegalArgumentException when the arrays disagree in length, hold null, or {@code k} is out of range
     */
    public static FoldPlan kFold(String[] groups, String[] labels, int k, long seed) {
        int n = groups == null ? 0 : groups.length;
        Checks.groups(groups, n);
        checkLabels(labels, n);
        Map<String, Integer> groupIndex = index(groups);
        Map<String, Integer> classIndex = new TreeMap<>();
        for (String label : labels) {
            classIndex.putIfAbsent(label, 0);
        }
        int c = 0;
        for (Map.Entry<String, Integer> e : classIndex.entrySet()) {
            e.setValue(c++);
        }
        int groupCount = groupIndex.size();
        if (k < 2 || k > groupCount) {
            throw new IllegalArgumentException("k = " + k + " folds with " + groupCount
                    + " groups: expected 2 <= k <= number of groups (" + groupCount + ")");
        }
        int classes = classIndex.size();
        int[][] groupCounts = new int[groupCount][classes];
        int[] classTotals = new int[classes];
        for (int i = 0; i < n; i++) {
            int cls = classIndex.get(labels[i]);
            groupCounts[groupIndex.get(groups[i])][cls]++;
            classTotals[cls]++;
        }

        Integer[] order = new Integer[groupCount];
        for (int g = 0; g < groupCount; g++) {
            order[g] = g;
        }
        Random random = new Random(seed);
        for (int i = groupCount - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer g) -> -std(groupCounts[g])));

        int[][] foldCounts = new int[k][classes];
        int[] foldSizes = new int[k];
        int[] foldOfGroup = new int[groupCount];
        for (int g : order) {
            int best = bestFold(foldCounts, foldSizes, groupCounts[g], classTotals);
            foldOfGroup[g] = best;
            for (int cls = 0; cls < classes; cls++) {
                foldCounts[best][cls] += groupCounts[g][cls];
                foldSizes[best] += groupCounts[g][cls];
            }
        }
        int[] foldOfRecord = new int[n];
        for (int i = 0; i < n; i++) {
            foldOfRecord[i] = foldOfGroup[groupIndex.get(groups[i])];
        }
        String sparse = sparseClass(groupCounts, classIndex, k);
        String method = sparse == null
                ? "stratified group " + k + "-fold (seeded greedy assignment, as scikit-learn StratifiedGroupKFold)"
                : "group " + k + "-fold, not stratified: " + sparse
                        + " (groups still assigned greedily to balance class shares)";
        return new FoldPlan(folds(foldOfRecord, k), sparse == null, method);
    }

    /**
     * Leave one group out: one fold per distinct group, in order of first appearance, testing on that
     * group and training on all others. This is {@code --cv loo}: leave one work out.
     *
     * @throws IllegalArgumentException when a group is null or there are fewer than 2 groups
     */
    public static FoldPlan leaveOneGroupOut(String[] groups) {
        int n = groups == null ? 0 : groups.length;
        Checks.groups(groups, n);
        Map<String, Integer> groupIndex = index(groups);
        if (groupIndex.size() < 2) {
            throw new IllegalArgumentException("leave-one-group-out with " + groupIndex.size()
                    + " groups: expected at least 2 groups");
        }
        int[] foldOfRecord = new int[n];
        for (int i = 0; i < n; i++) {
            foldOfRecord[i] = groupIndex.get(groups[i]);
        }
        return new FoldPlan(folds(foldOfRecord, groupIndex.size()), false,
                "leave one group out (" + groupIndex.size() + " groups)");
    }

    private static int bestFold(int[][] foldCounts, int[] foldSizes, int[] group, int[] classTotals) {
        int best = -1;
        double bestEval = Double.POSITIVE_INFINITY;
        for (int f = 0; f < foldCounts.length; f++) {
            double eval = 0;
            for (int cls = 0; cls < classTotals.length; cls++) {
                double[] shares = new double[foldCounts.length];
                for (int o = 0; o < foldCounts.length; o++) {
                    shares[o] = (foldCounts[o][cls] + (o == f ? group[cls] : 0)) / (double) classTotals[cls];
                }
                eval += std(shares);
            }
            eval /= classTotals.length;
            boolean tie = Math.abs(eval - bestEval) <= TIE;
            if (best < 0 || (!tie && eval < bestEval) || (tie && foldSizes[f] < foldSizes[best])) {
                best = f;
                bestEval = eval;
            }
        }
        return best;
    }

    /** Names the first class found in fewer than {@code k} groups, or null when there is none. */
    private static String sparseClass(int[][] groupCounts, Map<String, Integer> classIndex, int k) {
        for (Map.Entry<String, Integer> e : classIndex.entrySet()) {
            int present = 0;
            for (int[] counts : groupCounts) {
                present += counts[e.getValue()] > 0 ? 1 : 0;
            }
            if (present < k) {
                return "class '" + e.getKey() + "' occurs in " + present + " group(s), fewer than k = " + k;
            }
        }
        return null;
    }

    private static List<Fold> folds(int[] foldOfRecord, int k) {
        List<Fold> folds = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            int fold = f;
            int[] test = java.util.stream.IntStream.range(0, foldOfRecord.length)
                    .filter(i -> foldOfRecord[i] == fold).toArray();
            int[] train = java.util.stream.IntStream.range(0, foldOfRecord.length)
                    .filter(i -> foldOfRecord[i] != fold).toArray();
            folds.add(new Fold(train, test));
        }
        return folds;
    }

    /** Distinct keys in order of first appearance, each with its position. */
    private static Map<String, Integer> index(String[] keys) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (String key : keys) {
            index.putIfAbsent(key, index.size());
        }
        return index;
    }

    private static void checkLabels(String[] labels, int n) {
        if (labels == null || labels.length != n) {
            throw new IllegalArgumentException("labels: expected " + n + " labels (one per record), got "
                    + (labels == null ? "null" : labels.length));
        }
        for (int i = 0; i < n; i++) {
            if (labels[i] == null) {
                throw new IllegalArgumentException("labels[" + i + "] is null: only labelled records can be cross-validated");
            }
        }
    }

    /** Population standard deviation, as numpy's {@code np.std}. */
    private static double std(double[] x) {
        double mean = Arrays.stream(x).average().orElse(0);
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / x.length);
    }

    private static double std(int[] x) {
        return std(Arrays.stream(x).asDoubleStream().toArray());
    }
}
