package org.stancemap.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks gold labels against the allowed label names. A label matches after trimming,
 * case-insensitively, and is replaced by its canonical spelling; a null or blank label leaves the
 * record unlabelled; any other label turns the record into a {@link Reject}. Immutable and
 * thread-safe.
 */
public final class LabelValidator {

    private final Map<String, String> canonical = new LinkedHashMap<>();
    private final String expected;

    /**
     * @param labels the allowed label names in their canonical spelling, e.g. the four stances
     * @throws IllegalArgumentException when {@code labels} is empty, has a blank name, or two names
     *                                  that differ only in case
     */
    public LabelValidator(Collection<String> labels) {
        if (labels == null || labels.isEmpty()) {
            throw new IllegalArgumentException("Invalid label set: empty (expected the allowed label names)");
        }
        for (String label : labels) {
            if (label == null || label.isBlank() || !label.equals(label.strip())) {
                throw new IllegalArgumentException("Invalid label name: '" + label + "' (expected a non-blank trimmed name)");
            }
            if (canonical.putIfAbsent(key(label), label) != null) {
                throw new IllegalArgumentException("Invalid label set: '" + label + "' is given twice " + labels);
            }
        }
        this.expected = String.join(", ", canonical.values());
    }

    /** The allowed labels in their canonical spelling, in the order given. */
    public List<String> labels() {
        return List.copyOf(canonical.values());
    }

    /**
     * {@code item} with its label made canonical, or a {@link Ingested.Rejected} naming the unknown
     * label, e.g. {@code unknown label 'x' (expected one of: a, b, c, d)}. Rejected items pass through.
     */
    public Ingested validate(Ingested item) {
        if (!(item instanceof Ingested.Accepted accepted)) {
            return item;
        }
        AbstractRecord r = accepted.record();
        if (r.label() == null || r.label().isBlank()) {
            return r.label() == null ? item : new Ingested.Accepted(r.withLabel(null));
        }
        String name = canonical.get(key(r.label()));
        if (name != null) {
            return name.equals(r.label()) ? item : new Ingested.Accepted(r.withLabel(name));
        }
        SourceRef at = r.source() != null ? r.source() : new SourceRef("<memory>", 0);
        return new Ingested.Rejected(new Reject(at.file(), at.line(),
                "unknown label '" + r.label() + "' (expected one of: " + expected + ")", raw(r)));
    }

    private static String key(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }

    /** The record as JSON: the validator sees a parsed record, not its input line. */
    private static String raw(AbstractRecord r) {
        try {
            return LookaheadSource.cut(Json.mapper().writeValueAsString(r));
        } catch (JsonProcessingException e) {
            return r.text();
        }
    }
}
