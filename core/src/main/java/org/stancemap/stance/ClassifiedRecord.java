package org.stancemap.stance;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;

/**
 * One line of classify output. Its output names, order and flat columns are declared once, in
 * {@link org.stancemap.classify.ResultSchema}, which also writes it as JSON; a new component goes
 * there too.
 *
 * @param id            the input id, else the DOI, else {@code sha256:<16 hex>} of the normalised text
 * @param doi           DOI as given, or null
 * @param title         title, or null
 * @param published     publication date or year, or null
 * @param venue         venue, or null
 * @param label         the predicted stance (argmax of {@code probabilities})
 * @param confidence    the probability of {@code label}
 * @param probabilities every label's probability, in label-set order
 * @param predictionSet the labels of the conformal prediction set, in label order
 * @param uncertain     true when the confidence is below the bundle's threshold (or, with enough
 *                      calibration records, the set holds more than one label), the record is far
 *                      from anything labelled, title-only, or not in English
 * @param explanation   why: the terms that most raised the label's score (linear heads) and the
 *                      nearest labelled abstract (embedding heads)
 * @param topics        the record's largest topic shares, when the bundle has a topic model
 * @param gold          the input's own label, when it had one
 * @param model         id of the model bundle that classified the record
 * @param duplicateOf   {@code file:line} of an earlier record with the same DOI or text, or null
 * @param source        {@code file:line} of the input record
 * @param duplicateIdOf {@code file:line} of an earlier record with the same id, or null
 * @param titleOnly     true when the record had no abstract and was classified on its title
 * @param truncated     true when the text was longer than the analysis limit and was cut
 * @param language      ISO 639-1 code of the text's language, or {@code und} when it cannot be told;
 *                      null in records made before languages were identified
 * @param farFromLabelled true when the record is less similar to its nearest labelled abstract than any
 *                      training abstract was to its own (the shift check; then it is uncertain too),
 *                      null when the model keeps no reference set
 */
@JsonSerialize(using = org.stancemap.classify.ResultSchema.JsonFormat.class)
public record ClassifiedRecord(
        String id,
        String doi,
        String title,
        String published,
        String venue,
        String label,
        double confidence,
        Map<String, Double> probabilities,
        List<String> predictionSet,
        boolean uncertain,
        Explanation explanation,
        List<org.stancemap.topics.TopicShare> topics,
        String gold,
        String model,
        String duplicateOf,
        String source,
        String duplicateIdOf,
        boolean titleOnly,
        boolean truncated,
        String language,
        Boolean farFromLabelled) {

    /** A record without the input checks' fields: no duplicate id, not title-only, not truncated, language unknown. */
    public ClassifiedRecord(String id, String doi, String title, String published, String venue, String label,
                            double confidence, Map<String, Double> probabilities, List<String> predictionSet,
                            boolean uncertain, Explanation explanation, List<org.stancemap.topics.TopicShare> topics,
                            String gold, String model, String duplicateOf, String source) {
        this(id, doi, title, published, venue, label, confidence, probabilities, predictionSet, uncertain, explanation,
                topics, gold, model, duplicateOf, source, null, false, false, null, null);
    }

    /**
     * Why a record got its label.
     *
     * @param terms   features that most raised the label's score, largest first (may be empty)
     * @param nearest the most similar labelled training abstract, or null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"terms", "nearest"})
    public record Explanation(List<StanceModel.TermWeight> terms, ReferenceSet.Neighbour nearest) {}
}
