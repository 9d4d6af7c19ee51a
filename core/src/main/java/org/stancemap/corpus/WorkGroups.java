package org.stancemap.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which records are one work, for grouped cross-validation. Two records are in one group when they
 * share the {@code work} field, or the same normalised DOI, or the same normalised text; groups are
 * the connected components of these links (so a working paper linked by {@code work} to its journal
 * version, which a third record duplicates by text, forms one group of three).
 */
public final class WorkGroups {
    /** Recorded in evaluation output so readers know how folds were formed. */
    public static final String METHOD = "records sharing the 'work' field, a normalised DOI or a normalised text"
            + " are one group (connected components); a group never spans two folds";

    private WorkGroups() {}

    /** A group id per record, in record order; group ids are the id of the group's first record's key. */
    public static String[] of(List<AbstractRecord> records) {
        int n = records.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, Integer> firstByKey = new HashMap<>();
        for (int i = 0; i < n; i++) {
            AbstractRecord r = records.get(i);
            link(firstByKey, parent, i, r.work() == null || r.work().isBlank() ? null : "work:" + DuplicateDetector.normaliseDoi(r.work()));
            link(firstByKey, parent, i, r.doi() == null || r.doi().isBlank() ? null : "doi:" + DuplicateDetector.normaliseDoi(r.doi()));
            link(firstByKey, parent, i, "text:" + DuplicateDetector.normaliseText(r.text()));
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = "g" + find(parent, i);
        }
        return out;
    }

    private static void link(Map<String, Integer> firstByKey, int[] parent, int i, String key) {
        if (key == null) {
            return;
        }
        Integer j = firstByKey.putIfAbsent(key, i);
        if (j != null) {
            int a = find(parent, i);
            int b = find(parent, j);
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

}
