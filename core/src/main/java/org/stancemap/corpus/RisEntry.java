package org.stancemap.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One RIS record as tagged lines: every tag with its values in file order (a repeated tag, or a
 * list tag continued on untagged lines, has several). Turns into a {@link RecordDraft} by the tag
 * preferences of Zotero, EndNote, Scopus, Web of Science and Embase exports. Not thread-safe.
 */
final class RisEntry {

    /** Tags whose untagged continuation lines are further values rather than a wrapped value. */
    private static final Set<String> LIST_TAGS = Set.of("KW", "AU", "A1", "A2", "A3", "A4", "ED", "SN", "UR", "L1", "L2", "L4");
    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("JOUR", "Journal Article"), Map.entry("JFULL", "Journal"), Map.entry("MGZN", "Magazine Article"),
            Map.entry("NEWS", "Newspaper Article"), Map.entry("BOOK", "Book"), Map.entry("EBOOK", "Book"),
            Map.entry("CHAP", "Book Chapter"), Map.entry("ECHAP", "Book Chapter"), Map.entry("EDBOOK", "Book"),
            Map.entry("CONF", "Conference Proceedings"), Map.entry("CPAPER", "Conference Paper"),
            Map.entry("THES", "Thesis"), Map.entry("RPRT", "Report"), Map.entry("UNPB", "Unpublished Work"),
            Map.entry("ELEC", "Web Page"), Map.entry("GEN", "Generic"), Map.entry("SER", "Serial"),
            Map.entry("PAT", "Patent"), Map.entry("DATA", "Dataset"), Map.entry("STAND", "Standard"));
    private static final java.util.regex.Pattern CITED_BY =
            java.util.regex.Pattern.compile("(?i)^\\s*(?:Cited By|Times Cited)\\s*(?:\\(since \\d{4}\\))?\\s*:?\\s*(\\d+)");

    private final Map<String, List<String>> tags = new LinkedHashMap<>();
    private String lastTag;

    /** Adds a tagged line. */
    void add(String tag, String value) {
        tags.computeIfAbsent(tag, t -> new ArrayList<>()).add(value.strip());
        lastTag = tag;
    }

    /** Adds an untagged continuation line to the last tag: a new value of a list tag, else more of its last value. */
    void continueLast(String line) {
        if (lastTag == null) {
            return;
        }
        List<String> values = tags.get(lastTag);
        if (LIST_TAGS.contains(lastTag)) {
            values.add(line.strip());
        } else {
            String last = values.remove(values.size() - 1);
            values.add(last.isEmpty() ? line.strip() : last + " " + line.strip());
        }
    }

    /** The values of {@code tag}, in file order (empty when absent). */
    List<String> values(String tag) {
        return tags.getOrDefault(tag, List.of());
    }

    /** The first non-blank value among {@code tags} in that order, or null. */
    String first(String... names) {
        for (String t : names) {
            for (String v : values(t)) {
                if (!v.isBlank()) {
                    return v;
                }
            }
        }
        return null;
    }

    /** The record's fields by the usual tag preferences. */
    RecordDraft toDraft() {
        RecordDraft d = new RecordDraft();
        String ty = first("TY");
        if ("GEN".equalsIgnoreCase(ty)) {
            d.set(RecordDraft.Field.TYPE, first("M3")); // a generic record's type of work, as RisWriter writes it
        }
        d.set(RecordDraft.Field.TYPE, ty == null ? null : TYPES.getOrDefault(ty.toUpperCase(java.util.Locale.ROOT), ty));
        d.set(RecordDraft.Field.ID, first("ID"));
        d.set(RecordDraft.Field.DOI, first("DO"));
        d.set(RecordDraft.Field.TITLE, first("TI", "T1", "CT"));
        d.set(RecordDraft.Field.ABSTRACT, first("AB", "N2"));
        d.set(RecordDraft.Field.VENUE, first("JF", "T2", "JO", "JA", "J2", "J1", "BT"));
        d.set(RecordDraft.Field.PUBLISHED, date());
        for (String note : values("N1")) {
            java.util.regex.Matcher m = CITED_BY.matcher(note);
            if (m.find()) {
                d.set(RecordDraft.Field.CITATIONS, m.group(1));
            }
        }
        return d;
    }

    /** A full date from DA, Y1 or PY when one has it, else the first year among PY, Y1, DA, Y2. */
    private String date() {
        for (String t : List.of("DA", "Y1", "PY")) {
            for (String v : values(t)) {
                String s = PublicationDate.lenient(v);
                if (s != null && s.length() == 10) {
                    return s;
                }
            }
        }
        for (String t : List.of("PY", "Y1", "DA", "Y2")) {
            for (String v : values(t)) {
                String s = PublicationDate.lenient(v);
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }
}
