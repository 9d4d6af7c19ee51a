package org.stancemap.stance;

import java.util.ArrayList;
import java.util.List;
import org.stancemap.corpus.AbstractRecord;
import org.stancemap.corpus.WorkGroups;

/**
 * The labelled records of a corpus, analysed, with their label indices and work groups: what
 * training and cross-validation consume. Unlabelled records are left out.
 *
 * @param records    the labelled records, in corpus order
 * @param documents  their analysed documents
 * @param y          label index of each record
 * @param groups     work group of each record ({@link WorkGroups})
 * @param unlabelled how many records of the corpus had no label
 */
public record LabelledDocuments(List<AbstractRecord> records, List<Document> documents, int[] y, String[] groups,
                                int unlabelled) {

    /**
     * Analyses the labelled records (in parallel; the result does not depend on the thread count).
     *
     * @throws IllegalArgumentException when a record's label is not in {@code labels}
     */
    public static LabelledDocuments of(List<AbstractRecord> corpus, LabelSet labels, DocumentFactory factory) {
        List<AbstractRecord> labelled = new ArrayList<>();
        for (AbstractRecord r : corpus) {
            if (r.isLabelled()) {
                labelled.add(r);
            }
        }
        int[] y = new int[labelled.size()];
        for (int i = 0; i < y.length; i++) {
            AbstractRecord r = labelled.get(i);
            y[i] = labels.indexOf(r.label());
            if (y[i] < 0) {
                throw new IllegalArgumentException(r.source() + ": unknown label '" + r.label() + "' (expected one of: "
                        + String.join(", ", labels.names()) + ")");
            }
        }
        List<Document> docs = factory.ofAll(labelled.stream().map(AbstractRecord::text).toList());
        return new LabelledDocuments(List.copyOf(labelled), docs, y, WorkGroups.of(labelled),
                corpus.size() - labelled.size());
    }

    /** Number of labelled records. */
    public int size() {
        return y.length;
    }

    /** Number of distinct work groups. */
    public int groupCount() {
        return (int) java.util.Arrays.stream(groups).distinct().count();
    }

    /** Records per label, in label order. */
    public int[] labelCounts(int numLabels) {
        int[] c = new int[numLabels];
        for (int k : y) {
            c[k]++;
        }
        return c;
    }
}
