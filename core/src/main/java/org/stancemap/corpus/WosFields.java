package org.stancemap.corpus;

import java.util.function.Function;

/**
 * The Web of Science field tags that fill a record, shared by the plain-text and the
 * tab-delimited reader: title {@code TI}; abstract {@code AB}; DOI {@code DI}; year {@code PY},
 * else the early-access date {@code EA} or publication date {@code PD}; venue {@code SO}
 * (conference or book series: {@code SE}, {@code BS}); citations {@code TC} (Web of Science Core
 * Collection), else {@code Z9}; type {@code DT}; id the accession number {@code UT}. Stateless.
 */
final class WosFields {

    private WosFields() {}

    /** A draft from {@code tag}, which gives a tag's value (null when absent). */
    static RecordDraft draft(Function<String, String> tag) {
        RecordDraft d = new RecordDraft();
        d.set(RecordDraft.Field.ID, tag.apply("UT"));
        d.set(RecordDraft.Field.DOI, tag.apply("DI"));
        d.set(RecordDraft.Field.TITLE, tag.apply("TI"));
        d.set(RecordDraft.Field.TYPE, tag.apply("DT"));
        for (String t : new String[] {"PY", "EA", "PD"}) {
            d.set(RecordDraft.Field.PUBLISHED, PublicationDate.lenient(tag.apply(t)));
        }
        for (String t : new String[] {"SO", "SE", "BS"}) {
            d.set(RecordDraft.Field.VENUE, tag.apply(t));
        }
        d.set(RecordDraft.Field.CITATIONS, tag.apply("TC"));
        d.set(RecordDraft.Field.CITATIONS, tag.apply("Z9"));
        d.set(RecordDraft.Field.ABSTRACT, tag.apply("AB"));
        return d;
    }
}
