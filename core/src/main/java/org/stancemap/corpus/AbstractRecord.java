package org.stancemap.corpus;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One bibliographic record with its abstract: the single record type of every reader and writer.
 *
 * <p>Only {@code text} is required. For a record whose body is only a title (no abstract), readers
 * put the title in both {@code title} and {@code text} ({@link #textOrTitle}), so that the record can
 * still be classified; {@link #isTitleOnly()} tells such records.
 *
 * @param id        identifier as given by the input, or {@code null}
 * @param doi       DOI as given (not normalised), or {@code null}
 * @param title     title, or {@code null} when the source has none
 * @param type      publication type such as {@code Research Article}, or {@code null}
 * @param published ISO date {@code yyyy-MM-dd}, or a year {@code yyyy}, or {@code null}
 * @param venue     journal, conference or repository name, or {@code null}
 * @param citations citation count, or {@code null} when the source gives none
 * @param text      abstract text (the title for title-only records); never blank
 * @param label     gold stance label, or {@code null} when unlabelled
 * @param work      key of the work this record belongs to (a working paper and its journal version
 *                  share one), or {@code null}; used to keep one work in one cross-validation fold
 * @param source    where the record was read
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "doi", "title", "type", "published", "venue", "citations", "text", "label", "work", "source"})
public record AbstractRecord(
        String id,
        String doi,
        String title,
        String type,
        String published,
        String venue,
        Integer citations,
        String text,
        String label,
        String work,
        SourceRef source) {

    public AbstractRecord {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("record text must not be blank");
        }
    }

    /**
     * The one rule of every reader for what a record is classified on: its abstract {@code text}
     * when it has one, else its {@code title} (a title-only record, {@link #isTitleOnly()}), else
     * null, which readers reject as empty text.
     */
    public static String textOrTitle(String text, String title) {
        if (text != null && !text.isBlank()) {
            return text;
        }
        return title != null && !title.isBlank() ? title : null;
    }

    /**
     * The id a result carries, the one rule of every output: the input {@code id}, else the DOI,
     * else {@code sha256:} and 16 hex digits of the whitespace-normalised text.
     */
    public String outputId() {
        if (id != null && !id.isBlank()) {
            return id;
        }
        if (doi != null && !doi.isBlank()) {
            return doi;
        }
        String norm = text.strip().replaceAll("\\s+", " ");
        return "sha256:" + org.apache.commons.codec.digest.DigestUtils.sha256Hex(
                norm.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
    }

    /** True when the record's text is only its title (no abstract): it is classified on the title, flagged. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isTitleOnly() {
        return title != null && text.strip().equals(title.strip());
    }

    /** A copy of this record with another text, e.g. cut to a length limit. */
    public AbstractRecord withText(String newText) {
        return new AbstractRecord(id, doi, title, type, published, venue, citations, newText, label, work, source);
    }

    /** A copy of this record with another label ({@code null} to remove it). */
    public AbstractRecord withLabel(String newLabel) {
        return new AbstractRecord(id, doi, title, type, published, venue, citations, text, newLabel, work, source);
    }

    /** True when the record carries a gold label. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isLabelled() {
        return label != null && !label.isBlank();
    }
}
