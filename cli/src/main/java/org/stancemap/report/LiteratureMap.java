package org.stancemap.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The literature map of a set of classify results, and the layout of its {@code report.json}: stance
 * shares overall, by year and by venue, the topic-by-stance table and the abstracts to label next.
 * Duplicates ({@code duplicate_of} set) are left out of every aggregate. Immutable.
 *
 * @param format        always {@value #FORMAT}
 * @param formatVersion layout version; this build writes {@value #FORMAT_VERSION}
 * @param inputs        the results files
 * @param models        ids of the models that classified the records
 * @param labels        the stances, in label-set order
 * @param records       records read
 * @param duplicates    records left out as duplicates
 * @param uncertain     records the classifier flagged uncertain, or null when the results carry no flag
 * @param shares        stance shares of the distinct records, by predicted label
 * @param topics        topic-by-stance table of the distinct records (no rows without topics)
 * @param ranking       how the label-next list is ranked
 * @param labelNext     the abstracts to label next, first first
 * @param table         the results shown in the table of all abstracts, at most
 *                      {@link Options#tableRows()} (not written to JSON: the results file holds them)
 */
@JsonPropertyOrder({"format", "format_version", "inputs", "models", "labels", "records", "duplicates", "uncertain",
    "shares", "topics", "ranking", "labelNext"})
public record LiteratureMap(String format, @JsonProperty("format_version") int formatVersion, List<String> inputs,
                            List<String> models, List<String> labels, int records, int duplicates, Integer uncertain,
                            StanceShares shares, TopicStanceTable topics, String ranking,
                            List<LabellingQueue.Candidate> labelNext, @JsonIgnore List<ResultRecord> table) {

    public static final String FORMAT = "stancemap-literature-map";
    public static final int FORMAT_VERSION = 1;

    /**
     * What the map shows.
     *
     * @param next     abstracts in the label-next list (at least 1; default 20)
     * @param venues   venues shown by name (at least 1; default 15)
     * @param strategy ranking of the label-next list (default margin)
     * @param tableRows rows of the page's table of all abstracts, in input order (at least 1; default
     *                  20,000: a page of a million rows would not open); the results file holds all
     */
    public record Options(int next, int venues, LabellingQueue.Strategy strategy, int tableRows) {
        public Options {
            if (next < 1) {
                throw new IllegalArgumentException("Invalid label-next size: " + next + " (expected >= 1)");
            }
            if (venues < 1) {
                throw new IllegalArgumentException("Invalid number of venues: " + venues + " (expected >= 1)");
            }
            if (strategy == null) {
                throw new IllegalArgumentException("Invalid ranking: null (expected margin or entropy)");
            }
            if (tableRows < 1) {
                throw new IllegalArgumentException("Invalid number of table rows: " + tableRows + " (expected >= 1)");
            }
        }

        /** The given list settings with a table of up to 20,000 rows. */
        public Options(int next, int venues, LabellingQueue.Strategy strategy) {
            this(next, venues, strategy, 20_000);
        }

        /** 20 to label next, 15 venues, ranked by margin, up to 20,000 table rows. */
        public Options() {
            this(20, 15, LabellingQueue.Strategy.MARGIN);
        }
    }

    /** The map of {@code results}. */
    public static LiteratureMap of(Results results, Options options) {
        List<ResultRecord> distinct = results.distinct();
        boolean flagged = results.records().stream().anyMatch(r -> r.uncertain() != null);
        Integer uncertain = flagged ? (int) distinct.stream().filter(r -> Boolean.TRUE.equals(r.uncertain())).count() : null;
        return new LiteratureMap(FORMAT, FORMAT_VERSION, results.files(),
                results.records().stream().map(ResultRecord::model).filter(m -> m != null).distinct().toList(),
                results.labels(), results.records().size(), results.records().size() - distinct.size(), uncertain,
                StanceShares.of(results.labels(), distinct, ResultRecord::label, options.venues()),
                TopicStanceTable.of(results.labels(), distinct), options.strategy().name().toLowerCase(java.util.Locale.ROOT),
                LabellingQueue.rank(results.records(), options.strategy(), options.next()),
                results.records().subList(0, Math.min(options.tableRows(), results.records().size())));
    }
}
