package org.stancemap.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of one exported record as a reader collects them, before they become an
 * {@link AbstractRecord}. Shared by the bibliographic readers (RIS, BibTeX, OpenAlex, Web of
 * Science) so that all of them apply the same rules: blank values are absent; the first value set
 * for a field wins ({@link #set} ignores later ones, so readers list tags by preference); the date
 * is read leniently ({@link PublicationDate#lenient(String)}, an unreadable date is left out rather
 * than losing the abstract); a citation count that is not a whole number is left out; a record
 * without an abstract but with a title follows the title-only rule (title as text); one with
 * neither is rejected. Cleaning happens later, in {@link CleaningSource}. Not thread-safe.
 */
final class RecordDraft {

    /** The fields, named as in {@link AbstractRecord}, plus {@code abstract}. */
    enum Field { ID, DOI, TITLE, TYPE, PUBLISHED, VENUE, CITATIONS, ABSTRACT }

    private static final Pattern COUNT = Pattern.compile("\\s*(\\d{1,9})(?:\\.0*)?\\s*");

    private final String[] values = new String[Field.values().length];

    /** Sets {@code field} to {@code value} unless it already has a value or {@code value} is blank. */
    RecordDraft set(Field field, String value) {
        if (values[field.ordinal()] == null && value != null && !value.isBlank()) {
            values[field.ordinal()] = value.strip();
        }
        return this;
    }

    /** The value of {@code field}, or null. */
    String get(Field field) {
        return values[field.ordinal()];
    }

    /** True when no field is set. */
    boolean isEmpty() {
        for (String v : values) {
            if (v != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * The record, or its reject when it has neither abstract nor title.
     *
     * @param file name of the input
     * @param line 1-based line where the record starts
     * @param raw  the record's raw text for a reject (cut to a readable length here)
     */
    Ingested toIngested(String file, long line, String raw) {
        String title = get(Field.TITLE);
        String text = get(Field.ABSTRACT) != null ? get(Field.ABSTRACT) : title;
        if (text == null) {
            return new Ingested.Rejected(new Reject(file, line, "no abstract and no title", LookaheadSource.cut(raw)));
        }
        return new Ingested.Accepted(new AbstractRecord(get(Field.ID), get(Field.DOI), title, get(Field.TYPE),
                PublicationDate.lenient(get(Field.PUBLISHED)), get(Field.VENUE), citations(get(Field.CITATIONS)),
                text, null, null, new SourceRef(file, line)));
    }

    private static Integer citations(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = COUNT.matcher(s);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }
}
