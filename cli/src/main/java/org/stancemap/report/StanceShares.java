package org.stancemap.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Stance shares of a set of records: overall, by publication year and by venue. Counts are of
 * records by label; mean probabilities are the soft shares (each record spreads one unit over the
 * stances by its probabilities). Immutable.
 *
 * @param labels  the stances, in label-set order
 * @param overall all counted records
 * @param byYear  one group per year, ascending, then {@value #NO_YEAR} when some records have no date
 * @param byVenue the venues with most records (ties by name), then {@value #NO_VENUE} and
 *                {@value #OTHER_VENUES} for the rest
 */
@JsonPropertyOrder({"labels", "overall", "byYear", "byVenue"})
public record StanceShares(List<String> labels, Group overall, List<Group> byYear, List<Group> byVenue) {

    public static final String NO_YEAR = "(no date)";
    public static final String NO_VENUE = "(no venue)";
    public static final String OTHER_VENUES = "(other venues)";

    /**
     * The records of one group.
     *
     * @param key              year, venue or {@code all}
     * @param n                records counted
     * @param counts           records per stance, in label order
     * @param shares           {@code counts / n}, in label order
     * @param meanProbability  mean probability of each stance over the group's records
     */
    @JsonPropertyOrder({"key", "n", "counts", "shares", "meanProbability"})
    public record Group(String key, int n, Map<String, Integer> counts, Map<String, Double> shares,
                       Map<String, Double> meanProbability) {}

    /**
     * Aggregates {@code records} by the stance {@code labelOf} gives; records for which it gives null
     * (e.g. no gold label) are not counted.
     *
     * @param maxVenues venues shown by name (at least 1); the others are pooled
     * @throws IllegalArgumentException when {@code labelOf} gives a stance not in {@code labels}
     */
    public static StanceShares of(List<String> labels, List<ResultRecord> records, Function<ResultRecord, String> labelOf,
                                  int maxVenues) {
        if (maxVenues < 1) {
            throw new IllegalArgumentException("Invalid number of venues: " + maxVenues + " (expected >= 1)");
        }
        List<ResultRecord> counted = records.stream().filter(r -> labelOf.apply(r) != null).toList();
        Map<Integer, List<ResultRecord>> years = new TreeMap<>();
        List<ResultRecord> undated = new ArrayList<>();
        Map<String, List<ResultRecord>> venues = new LinkedHashMap<>();
        List<ResultRecord> noVenue = new ArrayList<>();
        for (ResultRecord r : counted) {
            Integer y = r.year();
            (y == null ? undated : years.computeIfAbsent(y, k -> new ArrayList<>())).add(r);
            String v = r.venue() == null || r.venue().isBlank() ? null : r.venue().strip();
            (v == null ? noVenue : venues.computeIfAbsent(v, k -> new ArrayList<>())).add(r);
        }
        List<Group> byYear = new ArrayList<>();
        years.forEach((y, rs) -> byYear.add(group(String.valueOf(y), rs, labels, labelOf)));
        if (!undated.isEmpty()) {
            byYear.add(group(NO_YEAR, undated, labels, labelOf));
        }
        List<Map.Entry<String, List<ResultRecord>>> ranked = new ArrayList<>(venues.entrySet());
        ranked.sort(Comparator.<Map.Entry<String, List<ResultRecord>>>comparingInt(e -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey));
        List<Group> byVenue = new ArrayList<>();
        List<ResultRecord> others = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            if (i < maxVenues) {
                byVenue.add(group(ranked.get(i).getKey(), ranked.get(i).getValue(), labels, labelOf));
            } else {
                others.addAll(ranked.get(i).getValue());
            }
        }
        if (!noVenue.isEmpty()) {
            byVenue.add(group(NO_VENUE, noVenue, labels, labelOf));
        }
        if (!others.isEmpty()) {
            byVenue.add(group(OTHER_VENUES + " " + (ranked.size() - maxVenues), others, labels, labelOf));
        }
        return new StanceShares(List.copyOf(labels), group("all", counted, labels, labelOf), List.copyOf(byYear),
                List.copyOf(byVenue));
    }

    private static Group group(String key, List<ResultRecord> rs, List<String> labels, Function<ResultRecord, String> labelOf) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Double> mean = new LinkedHashMap<>();
        labels.forEach(l -> {
            counts.put(l, 0);
            mean.put(l, 0.0);
        });
        for (ResultRecord r : rs) {
            String l = labelOf.apply(r);
            if (!counts.containsKey(l)) {
                throw new IllegalArgumentException("record " + r.id() + " (" + r.source() + "): stance '" + l
                        + "' is not one of " + labels);
            }
            counts.merge(l, 1, Integer::sum);
            labels.forEach(s -> mean.merge(s, r.probability(s), Double::sum));
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        labels.forEach(l -> {
            shares.put(l, rs.isEmpty() ? 0.0 : counts.get(l) / (double) rs.size());
            mean.put(l, rs.isEmpty() ? 0.0 : mean.get(l) / rs.size());
        });
        return new Group(key, rs.size(), counts, shares, mean);
    }

    /** The counts of {@code groups} as a matrix, for a chart: one row per group, one column per label. */
    public double[][] countMatrix(List<Group> groups) {
        return groups.stream().map(g -> labels.stream().mapToDouble(l -> g.counts().get(l)).toArray()).toArray(double[][]::new);
    }
}
