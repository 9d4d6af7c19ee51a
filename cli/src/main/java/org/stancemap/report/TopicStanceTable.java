package org.stancemap.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which topics carry which stance: for topic t and stance s, the sum over records of the record's
 * weight on t times its probability of s. A row sums to the topic's mass (its summed weight), so a
 * row divided by its mass is the stance mix of the topic. Only the topics listed in the records'
 * {@code topics} are counted (classify lists each record's main topics, not all of them). Immutable.
 *
 * @param labels the stances, in label-set order
 * @param rows   one row per topic, heaviest first
 */
@JsonPropertyOrder({"labels", "rows"})
public record TopicStanceTable(List<String> labels, List<Row> rows) {

    /**
     * One topic.
     *
     * @param topic   topic number
     * @param name    topic label (its top words)
     * @param mass    summed weight of the topic over the records (its prevalence)
     * @param records records that list the topic
     * @param byStance probability-weighted mass per stance, in label order; sums to {@code mass}
     */
    @JsonPropertyOrder({"topic", "name", "mass", "records", "byStance"})
    public record Row(int topic, String name, double mass, int records, Map<String, Double> byStance) {
        /** The stance mix of the topic: {@code byStance / mass}, in label order (zeros when the mass is 0). */
        public double[] shares(List<String> labels) {
            return labels.stream().mapToDouble(l -> mass > 0 ? byStance.get(l) / mass : 0).toArray();
        }
    }

    /** The table of {@code records}; empty rows when no record has topics. */
    public static TopicStanceTable of(List<String> labels, List<ResultRecord> records) {
        Map<Integer, String> names = new LinkedHashMap<>();
        Map<Integer, double[]> cells = new LinkedHashMap<>();
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (ResultRecord r : records) {
            for (ResultRecord.Topic t : r.topics() == null ? List.<ResultRecord.Topic>of() : r.topics()) {
                names.putIfAbsent(t.topic(), t.name());
                double[] row = cells.computeIfAbsent(t.topic(), k -> new double[labels.size()]);
                counts.merge(t.topic(), 1, Integer::sum);
                for (int s = 0; s < labels.size(); s++) {
                    row[s] += t.weight() * r.probability(labels.get(s));
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        cells.forEach((topic, row) -> {
            Map<String, Double> byStance = new LinkedHashMap<>();
            double mass = 0;
            for (int s = 0; s < labels.size(); s++) {
                byStance.put(labels.get(s), row[s]);
                mass += row[s];
            }
            rows.add(new Row(topic, names.get(topic), mass, counts.get(topic), byStance));
        });
        rows.sort(Comparator.comparingDouble(Row::mass).reversed().thenComparingInt(Row::topic));
        return new TopicStanceTable(List.copyOf(labels), List.copyOf(rows));
    }
}
