package org.stancemap.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.stancemap.stance.ClassifiedRecord;

/**
 * What changed between two model versions on the same abstracts: the records whose label changed,
 * the transition matrix (old label by new label) and the change in stance shares. Immutable.
 *
 * @param format        always {@value #FORMAT}
 * @param formatVersion layout version; this build writes {@value #FORMAT_VERSION}
 * @param oldModel      id of the old model
 * @param newModel      id of the new model
 * @param records       records classified by both
 * @param labels        labels of both models (the old model's first, then any new ones)
 * @param changed       records whose label changed, in input order
 * @param transitions   {@code transitions[i][j]}: records labelled {@code labels[i]} by the old model
 *                      and {@code labels[j]} by the new one
 * @param shares        stance shares before and after, in label order
 */
@JsonPropertyOrder({"format", "format_version", "old_model", "new_model", "records", "labels", "changed", "transitions",
    "shares"})
public record ModelDiff(String format, @JsonProperty("format_version") int formatVersion,
                        @JsonProperty("old_model") String oldModel, @JsonProperty("new_model") String newModel,
                        int records, List<String> labels, List<Change> changed, List<List<Integer>> transitions,
                        List<Share> shares) {

    public static final String FORMAT = "stancemap-model-diff";
    public static final int FORMAT_VERSION = 1;

    /**
     * One record whose label changed.
     *
     * @param id            record id
     * @param source        {@code file:line} of the input record
     * @param title         title, or null
     * @param oldLabel      the old model's label
     * @param oldConfidence its probability under the old model
     * @param newLabel      the new model's label
     * @param newConfidence its probability under the new model
     */
    @JsonPropertyOrder({"id", "source", "title", "old_label", "old_confidence", "new_label", "new_confidence"})
    public record Change(String id, String source, String title, @JsonProperty("old_label") String oldLabel,
                         @JsonProperty("old_confidence") double oldConfidence, @JsonProperty("new_label") String newLabel,
                         @JsonProperty("new_confidence") double newConfidence) {}

    /**
     * The share of one stance before and after.
     *
     * @param label    the stance
     * @param oldCount records the old model gave it
     * @param newCount records the new model gives it
     * @param oldShare {@code oldCount / records}
     * @param newShare {@code newCount / records}
     * @param change   {@code newShare - oldShare}
     */
    @JsonPropertyOrder({"label", "old_count", "new_count", "old_share", "new_share", "change"})
    public record Share(String label, @JsonProperty("old_count") int oldCount, @JsonProperty("new_count") int newCount,
                        @JsonProperty("old_share") double oldShare, @JsonProperty("new_share") double newShare,
                        double change) {}

    /**
     * Compares two classifications of the same input records, aligned by position.
     *
     * @throws IllegalArgumentException when the lists differ in length or a position holds different
     *                                  input records (by {@code source})
     */
    public static ModelDiff of(List<ClassifiedRecord> before, List<ClassifiedRecord> after) {
        if (before.size() != after.size()) {
            throw new IllegalArgumentException("old model classified " + before.size() + " records, new model "
                    + after.size() + " (expected the same records)");
        }
        Set<String> labelSet = new LinkedHashSet<>();
        before.stream().findFirst().ifPresent(r -> labelSet.addAll(r.probabilities().keySet()));
        after.stream().findFirst().ifPresent(r -> labelSet.addAll(r.probabilities().keySet()));
        before.forEach(r -> labelSet.add(r.label()));
        after.forEach(r -> labelSet.add(r.label()));
        List<String> labels = List.copyOf(labelSet);
        int k = labels.size();
        int[][] t = new int[k][k];
        List<Change> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            ClassifiedRecord a = before.get(i);
            ClassifiedRecord b = after.get(i);
            if (!a.source().equals(b.source())) {
                throw new IllegalArgumentException("record " + i + " is " + a.source() + " for the old model and "
                        + b.source() + " for the new one (expected the same records in the same order)");
            }
            t[labels.indexOf(a.label())][labels.indexOf(b.label())]++;
            if (!a.label().equals(b.label())) {
                changed.add(new Change(a.id(), a.source(), a.title(), a.label(), a.confidence(), b.label(), b.confidence()));
            }
        }
        List<List<Integer>> transitions = new ArrayList<>();
        List<Share> shares = new ArrayList<>();
        int n = before.size();
        for (int i = 0; i < k; i++) {
            int oldCount = 0;
            int newCount = 0;
            List<Integer> row = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                row.add(t[i][j]);
                oldCount += t[i][j];
                newCount += t[j][i];
            }
            transitions.add(List.copyOf(row));
            double o = n == 0 ? 0 : oldCount / (double) n;
            double w = n == 0 ? 0 : newCount / (double) n;
            shares.add(new Share(labels.get(i), oldCount, newCount, o, w, w - o));
        }
        String oldModel = before.isEmpty() ? null : before.get(0).model();
        String newModel = after.isEmpty() ? null : after.get(0).model();
        return new ModelDiff(FORMAT, FORMAT_VERSION, oldModel, newModel, n, labels, List.copyOf(changed),
                List.copyOf(transitions), List.copyOf(shares));
    }
}
