package org.stancemap.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;

/**
 * Applies {@link AbstractCleaner} to the title and text of every record that another source accepts.
 * When nothing is left of the text (it was empty, or a placeholder such as {@code N/A} or
 * {@code [No abstract available]}), the record falls back to the title-only rule: its title
 * becomes its text too. Without a title either, the record is {@link Ingested.Rejected} with the
 * reason and the record as JSON for its raw text. Rejects of the wrapped source pass unchanged. Not
 * thread-safe.
 */
public final class CleaningSource implements RecordSource {

    private final RecordSource source;

    /** Wraps {@code source}, which {@link #close()} closes. */
    public CleaningSource(RecordSource source) {
        this.source = source;
    }

    /** The wrapped source. */
    public RecordSource unwrap() {
        return source;
    }

    @Override
    public String name() {
        return source.name();
    }

    @Override
    public boolean hasNext() {
        return source.hasNext();
    }

    @Override
    public Ingested next() {
        Ingested item = source.next();
        return item instanceof Ingested.Accepted a ? clean(a.record()) : item;
    }

    /** {@code r} cleaned, or its reject when it has neither an abstract nor a title once cleaned. */
    public static Ingested clean(AbstractRecord r) {
        String title = AbstractCleaner.clean(r.title());
        String text = r.text().equals(r.title()) ? title : AbstractCleaner.clean(r.text());
        if (text == null && title != null) {
            text = title;
        }
        if (text == null) {
            String why = AbstractCleaner.isPlaceholder(r.text()) || !r.text().isBlank()
                    ? "no abstract ('" + LookaheadSource.cut(r.text().strip()) + "' is a placeholder or empty once cleaned) and no title"
                    : "no abstract and no title";
            SourceRef at = r.source();
            return new Ingested.Rejected(new Reject(at == null ? "<unknown>" : at.file(), at == null ? 0 : at.line(),
                    why, LookaheadSource.cut(json(r))));
        }
        if (text.equals(r.text()) && java.util.Objects.equals(title, r.title())) {
            return new Ingested.Accepted(r);
        }
        return new Ingested.Accepted(new AbstractRecord(r.id(), r.doi(), title, r.type(), r.published(), r.venue(),
                r.citations(), text, r.label(), r.work(), r.source()));
    }

    private static String json(AbstractRecord r) {
        try {
            return Json.mapper().writeValueAsString(r);
        } catch (JsonProcessingException e) {
            return r.toString();
        }
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
