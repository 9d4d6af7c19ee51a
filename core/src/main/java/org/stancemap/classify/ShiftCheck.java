package org.stancemap.classify;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Locale;
import org.stancemap.stance.ReferenceSet;

/**
 * How unlike the training corpus a batch is: the similarity of each record to its nearest labelled
 * abstract, against the same figure inside the training corpus. Counts records in a fixed histogram
 * (memory does not grow with the batch). Not thread-safe: one writer thread adds.
 */
public final class ShiftCheck {
    private static final int BINS = 400;
    private final long[] histogram = new long[BINS];
    private long records;
    private long far;

    /** Adds one record's nearest labelled abstract and whether it was flagged far. */
    void add(ReferenceSet.Neighbour nearest, boolean isFar) {
        if (nearest == null) {
            return;
        }
        double s = Math.max(-1, Math.min(1, nearest.similarity()));
        histogram[Math.min(BINS - 1, (int) ((s + 1) / 2 * BINS))]++;
        records++;
        far += isFar ? 1 : 0;
    }

    /** The figures, or null when no record had a nearest labelled abstract. */
    Summary summary(ReferenceSet reference) {
        if (records == 0 || reference == null) {
            return null;
        }
        long half = (records + 1) / 2;
        long seen = 0;
        int bin = 0;
        while (seen + histogram[bin] < half) {
            seen += histogram[bin++];
        }
        double median = (bin + 0.5) / BINS * 2 - 1;
        return new Summary(median, reference.index().nearestMedian(), reference.index().nearestFloor(), far, records);
    }

    /**
     * The shift figures of a run.
     *
     * @param medianNearest       median similarity of the batch's records to their nearest labelled abstract
     *                            (to the histogram's resolution of 0.005)
     * @param corpusMedianNearest the same inside the training corpus (null for old bundles)
     * @param floor               the lowest such similarity inside the training corpus (null for old bundles)
     * @param far                 records below {@code floor}: flagged far from labelled, and uncertain
     * @param records             records with a nearest labelled abstract
     */
    @JsonPropertyOrder({"median_nearest", "corpus_median_nearest", "floor", "far", "records"})
    public record Summary(@JsonProperty("median_nearest") double medianNearest,
                   @JsonProperty("corpus_median_nearest") Double corpusMedianNearest, Double floor, long far, long records) {
        /** One line for the user. */
        public String line() {
            return String.format(Locale.ROOT, "shift: median similarity to the nearest labelled abstract %.3f (%s inside the"
                    + " training corpus); %d of %d records below %s, the lowest inside it: flagged far_from_labelled and uncertain",
                    medianNearest, corpusMedianNearest == null ? "not recorded" : String.format(Locale.ROOT, "%.3f", corpusMedianNearest),
                    far, records, floor == null ? "(not recorded)" : String.format(Locale.ROOT, "%.3f", floor));
        }
    }
}
