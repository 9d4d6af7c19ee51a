package org.stancemap.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stancemap.report.svg.Svg;

/**
 * Ranks classified abstracts for labelling next, most informative first (uncertainty sampling),
 * spread across topics. Records that already carry a gold label or repeat an earlier record
 * ({@code duplicate_of}) are not candidates.
 *
 * <p>Informativeness is the smallest margin between the two most probable stances, or the highest
 * entropy of the probabilities ({@link Strategy}); ties go to input order. To spread the ranking
 * across topics, candidates are grouped by their heaviest topic and taken round by round: each round
 * takes the most informative remaining candidate of every topic, in order of informativeness. The
 * first candidate is therefore always the most informative of all. Records without topics form one
 * group. Stateless.
 */
public final class LabellingQueue {

    /** What makes a record informative. */
    public enum Strategy {
        /** Smallest difference between the two largest probabilities first. */
        MARGIN,
        /** Highest entropy of the probabilities first. */
        ENTROPY;

        /** Parses {@code margin} or {@code entropy}, case-insensitively. */
        public static Strategy parse(String s) {
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Invalid ranking '" + s + "' (expected margin or entropy)");
            }
        }
    }

    /**
     * One record to label.
     *
     * @param rank     1 for the first to label
     * @param record   the classified record
     * @param margin   largest minus second-largest probability
     * @param entropy  entropy of the probabilities, in nats
     * @param topTopic name of the heaviest topic, or null
     * @param reason   why it was chosen, in words
     */
    @JsonPropertyOrder({"rank", "record", "margin", "entropy", "top_topic", "reason"})
    public record Candidate(int rank, ResultRecord record, double margin, double entropy,
                            @JsonProperty("top_topic") String topTopic, String reason) {}

    private LabellingQueue() {}

    /**
     * The first {@code n} candidates of {@code records} (fewer when there are fewer).
     *
     * @throws IllegalArgumentException when {@code n < 1}
     */
    public static List<Candidate> rank(List<ResultRecord> records, Strategy strategy, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Invalid number of records to label: " + n + " (expected >= 1)");
        }
        Comparator<ResultRecord> informative = strategy == Strategy.MARGIN
                ? Comparator.comparingDouble(ResultRecord::margin)
                : Comparator.comparingDouble(ResultRecord::entropy).reversed();
        List<ResultRecord> pool = pool(records).stream()
                .sorted(informative) // stable: ties keep input order
                .toList();
        Map<ResultRecord, Integer> position = new IdentityHashMap<>();
        Map<String, Deque<ResultRecord>> byTopic = new LinkedHashMap<>();
        for (ResultRecord r : pool) {
            position.put(r, position.size());
            ResultRecord.Topic t = r.topTopic();
            byTopic.computeIfAbsent(t == null ? "" : t.name(), k -> new ArrayDeque<>()).add(r);
        }
        boolean spread = byTopic.size() > 1;
        List<Candidate> out = new ArrayList<>();
        while (out.size() < n && !byTopic.isEmpty()) {
            List<ResultRecord> round = new ArrayList<>();
            byTopic.values().forEach(q -> round.add(q.poll()));
            byTopic.values().removeIf(Deque::isEmpty);
            round.sort(Comparator.comparing((ResultRecord r) -> r, informative)
                    .thenComparingInt(position::get));
            for (ResultRecord r : round) {
                if (out.size() < n) {
                    out.add(candidate(out.size() + 1, r, strategy, spread));
                }
            }
        }
        return List.copyOf(out);
    }

    /** The records a person could label: without a gold label, and not a duplicate of an earlier record. */
    static List<ResultRecord> pool(List<ResultRecord> records) {
        return records.stream().filter(r -> (r.gold() == null || r.gold().isBlank()) && r.duplicateOf() == null).toList();
    }

    /** A candidate picked for another reason than its margin or entropy (which it still reports). */
    static Candidate candidate(int rank, ResultRecord r, String reason) {
        ResultRecord.Topic t = r.topTopic();
        return new Candidate(rank, r, r.margin(), r.entropy(), t == null ? null : t.name(), reason);
    }

    private static Candidate candidate(int rank, ResultRecord r, Strategy strategy, boolean spread) {
        List<Map.Entry<String, Double>> top = new ArrayList<>(r.probabilities().entrySet());
        top.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        StringBuilder why = new StringBuilder();
        if (strategy == Strategy.MARGIN && top.size() > 1) {
            why.append("margin ").append(Svg.fmt(r.margin(), 3)).append(" between ").append(top.get(0).getKey())
                    .append(" (").append(Svg.fmt(top.get(0).getValue(), 2)).append(") and ").append(top.get(1).getKey())
                    .append(" (").append(Svg.fmt(top.get(1).getValue(), 2)).append(')');
        } else {
            why.append("entropy ").append(Svg.fmt(r.entropy(), 3)).append(" of ")
                    .append(Svg.fmt(Math.log(r.probabilities().size()), 3)).append(" at most");
        }
        if (r.predictionSet() != null && r.predictionSet().size() > 1) {
            why.append("; prediction set of ").append(r.predictionSet().size()).append(" stances");
        }
        ResultRecord.Topic t = r.topTopic();
        if (t != null && spread) {
            why.append("; topic ").append(t.name());
        }
        return new Candidate(rank, r, r.margin(), r.entropy(), t == null ? null : t.name(), why.toString());
    }
}
