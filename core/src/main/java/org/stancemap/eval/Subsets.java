package org.stancemap.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.stancemap.corpus.AbstractRecord;
import org.stancemap.stance.Document;
import org.stancemap.stance.LabelledDocuments;

/** Parts and unions of analysed labelled corpora, for benchmarks that train on one part and test on another. */
public final class Subsets {
    private Subsets() {}

    /** The records at {@code indices}, in that order. */
    static LabelledDocuments of(LabelledDocuments all, int[] indices) {
        List<AbstractRecord> records = new ArrayList<>();
        List<Document> docs = new ArrayList<>();
        int[] y = new int[indices.length];
        String[] groups = new String[indices.length];
        for (int j = 0; j < indices.length; j++) {
            int i = indices[j];
            records.add(all.records().get(i));
            docs.add(all.documents().get(i));
            y[j] = all.y()[i];
            groups[j] = all.groups()[i];
        }
        return new LabelledDocuments(records, docs, y, groups, 0);
    }

    /** {@code a} followed by {@code b}; their work groups are kept apart by a prefix. */
    static LabelledDocuments concat(LabelledDocuments a, LabelledDocuments b) {
        List<AbstractRecord> records = new ArrayList<>(a.records());
        records.addAll(b.records());
        List<Document> docs = new ArrayList<>(a.documents());
        docs.addAll(b.documents());
        int[] y = new int[a.size() + b.size()];
        String[] groups = new String[y.length];
        for (int i = 0; i < a.size(); i++) {
            y[i] = a.y()[i];
            groups[i] = "a:" + a.groups()[i];
        }
        for (int i = 0; i < b.size(); i++) {
            y[a.size() + i] = b.y()[i];
            groups[a.size() + i] = "b:" + b.groups()[i];
        }
        return new LabelledDocuments(records, docs, y, groups, 0);
    }

    /** The indices 0 to n-1 in an order shuffled by {@code seed}. */
    public static int[] shuffled(int n, long seed) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            idx.add(i);
        }
        Collections.shuffle(idx, new Random(seed));
        return idx.stream().mapToInt(Integer::intValue).toArray();
    }
}
