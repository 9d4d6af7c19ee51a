package org.stancemap.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stancemap.classify.ResultSchema;

/**
 * One line of {@code stancemap classify} JSONL output as reports read it: the fields of
 * {@link org.stancemap.stance.ClassifiedRecord} plus the optional {@code prediction_set},
 * {@code uncertain} and {@code topics} (absent in older outputs: null), named as {@link ResultSchema}
 * names them. Unknown fields are ignored.
 *
 * @param id            record id
 * @param doi           DOI, or null
 * @param title         title, or null
 * @param published     {@code yyyy-MM-dd} or {@code yyyy}, or null
 * @param venue         venue, or null
 * @param label         the predicted stance
 * @param confidence    its probability
 * @param probabilities every label's probability, in label-set order
 * @param gold          the input's own label, or null
 * @param model         id of the model bundle
 * @param duplicateOf   {@code file:line} of an earlier record with the same DOI or text, or null
 * @param source        {@code file:line} of the input record
 * @param predictionSet the conformal prediction set, or null
 * @param uncertain     whether the classifier flagged the record as uncertain, or null
 * @param topics        the record's main topics with weights, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResultRecord(@JsonProperty(ResultSchema.ID) String id,
                           @JsonProperty(ResultSchema.DOI) String doi,
                           @JsonProperty(ResultSchema.TITLE) String title,
                           @JsonProperty(ResultSchema.PUBLISHED) String published,
                           @JsonProperty(ResultSchema.VENUE) String venue,
                           @JsonProperty(ResultSchema.LABEL) String label,
                           @JsonProperty(ResultSchema.CONFIDENCE) Double confidence,
                           @JsonProperty(ResultSchema.PROBABILITIES) Map<String, Double> probabilities,
                           @JsonProperty(ResultSchema.GOLD) String gold,
                           @JsonProperty(ResultSchema.MODEL) String model,
                           @JsonProperty(ResultSchema.DUPLICATE_OF) String duplicateOf,
                           @JsonProperty(ResultSchema.SOURCE) String source,
                           @JsonProperty(ResultSchema.PREDICTION_SET) List<String> predictionSet,
                           @JsonProperty(ResultSchema.UNCERTAIN) Boolean uncertain,
                           @JsonProperty(ResultSchema.TOPICS) List<Topic> topics) {

    /**
     * One topic of a record.
     *
     * @param topic  topic number
     * @param weight share of the record's words in the topic, in [0, 1]
     * @param label  the topic's top words, e.g. {@code credit/market/firm}, or null
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Topic(int topic, double weight, String label) {
        /** The topic's label, else {@code topic <n>}. */
        public String name() {
            return label == null || label.isBlank() ? "topic " + topic : label;
        }
    }

    /** The publication year (the first four digits of {@code published}), or null. */
    public Integer year() {
        if (published == null || published.length() < 4) {
            return null;
        }
        String y = published.substring(0, 4);
        return y.chars().allMatch(Character::isDigit) ? Integer.valueOf(y) : null;
    }

    /** The probability of {@code stance}, 0 when absent. */
    public double probability(String stance) {
        Double p = probabilities.get(stance);
        return p == null ? 0 : p;
    }

    /** Largest minus second-largest probability: 0 when the model cannot choose between two stances. */
    public double margin() {
        double first = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (double p : probabilities.values()) {
            if (p > first) {
                second = first;
                first = p;
            } else if (p > second) {
                second = p;
            }
        }
        return second == Double.NEGATIVE_INFINITY ? first : first - second;
    }

    /** Shannon entropy of the probabilities, in nats: 0 when certain, ln K when uniform over K stances. */
    public double entropy() {
        double h = 0;
        for (double p : probabilities.values()) {
            if (p > 0) {
                h -= p * Math.log(p);
            }
        }
        return h;
    }

    /** The heaviest topic, or null when the record has none. */
    public Topic topTopic() {
        Topic best = null;
        for (Topic t : topics == null ? List.<Topic>of() : topics) {
            if (best == null || t.weight() > best.weight()) {
                best = t;
            }
        }
        return best;
    }

    /** The topics heaviest first (empty when none). */
    public List<Topic> topicsByWeight() {
        List<Topic> out = new ArrayList<>(topics == null ? List.of() : topics);
        out.sort((a, b) -> Double.compare(b.weight(), a.weight()));
        return out;
    }
}
