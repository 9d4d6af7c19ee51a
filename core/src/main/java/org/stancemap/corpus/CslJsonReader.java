package org.stancemap.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;

/**
 * Streams CSL-JSON, as Zotero, Mendeley and Crossref export it: an array of items (or one item, or
 * JSON Lines of items). Fields: {@code id}; {@code type}; {@code title}; {@code abstract};
 * {@code DOI}; date from {@code issued} ({@code date-parts}, whose parts may be strings, else
 * {@code raw} or {@code literal}); venue {@code container-title} (a string or the first of a
 * list); citations {@code is-referenced-by-count} (Crossref). Errors as in
 * {@link JsonRecordsReader}. Not thread-safe.
 */
public final class CslJsonReader extends JsonRecordsReader {

    /** Reads {@code in} (closed by {@link #close()}); {@code name} is used in sources and rejects. */
    public CslJsonReader(InputStream in, String name) throws IOException {
        super(in, name);
    }

    @Override
    RecordDraft draft(JsonNode item) {
        RecordDraft d = new RecordDraft();
        d.set(RecordDraft.Field.ID, text(item.path("id")));
        d.set(RecordDraft.Field.TYPE, text(item.path("type")));
        d.set(RecordDraft.Field.TITLE, text(item.path("title")));
        d.set(RecordDraft.Field.ABSTRACT, text(item.path("abstract")));
        d.set(RecordDraft.Field.DOI, text(item.path("DOI")));
        d.set(RecordDraft.Field.DOI, text(item.path("doi")));
        d.set(RecordDraft.Field.PUBLISHED, date(item.path("issued")));
        d.set(RecordDraft.Field.VENUE, text(item.path("container-title")));
        d.set(RecordDraft.Field.CITATIONS, text(item.path("is-referenced-by-count")));
        return d;
    }

    @Override
    String what() {
        return "a CSL-JSON item";
    }

    /** {@code yyyy-MM-dd} or {@code yyyy} from {@code date-parts}, else the raw or literal date. */
    private static String date(JsonNode issued) {
        JsonNode parts = issued.path("date-parts").path(0);
        if (parts.isArray() && parts.size() > 0 && parts.get(0).asInt(0) > 0) {
            int year = parts.get(0).asInt();
            if (parts.size() >= 3 && parts.get(1).asInt(0) > 0 && parts.get(2).asInt(0) > 0) {
                String iso = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, parts.get(1).asInt(), parts.get(2).asInt());
                return PublicationDate.lenient(iso);
            }
            return String.format(java.util.Locale.ROOT, "%04d", year);
        }
        String raw = text(issued.path("raw"));
        return raw != null ? raw : text(issued.path("literal"));
    }

    private static String text(JsonNode v) {
        if (v.isArray()) {
            return v.size() == 0 ? null : text(v.get(0));
        }
        return v.isMissingNode() || v.isNull() || v.isContainerNode() ? null : v.asText();
    }
}
