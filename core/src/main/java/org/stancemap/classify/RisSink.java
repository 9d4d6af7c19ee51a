package org.stancemap.classify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stancemap.corpus.AbstractRecord;
import org.stancemap.corpus.InputFormat;
import org.stancemap.corpus.RisWriter;
import org.stancemap.corpus.SourceRef;
import org.stancemap.stance.ClassifiedRecord;

/**
 * Classify results as RIS for re-import into a reference manager: each input record (read again
 * from its file by {@link InputRecords}, so abstract and type come along; a RIS input record is
 * copied line for line, so its authors, keywords and other tags survive) with the stance in
 * fields Zotero and EndNote show: the keyword {@code stance:<label>} (and {@code stance:uncertain}
 * when the result is uncertain) and a note {@code stancemap: stance <label>, confidence 0.87,
 * prediction set {a, b}, model <id>}. A record that cannot be read again (standard input) is
 * written from the result's own fields, its title standing in for the abstract. Not thread-safe.
 */
final class RisSink implements Sink<ClassifiedRecord> {

    /** Prefix of the stance keyword. */
    static final String KEYWORD = "stance:";

    private final RisWriter writer;
    private final InputRecords inputs;

    RisSink(Path out, List<Path> inputs, InputFormat format) throws IOException {
        this.writer = RisWriter.create(out);
        this.inputs = new InputRecords(inputs, format);
    }

    @Override
    public void write(ClassifiedRecord r) throws IOException {
        InputRecords.Found found = inputs.find(r.source());
        AbstractRecord in = found == null ? null : found.record();
        if (in == null) {
            String text = r.title() != null ? r.title() : r.id();
            in = new AbstractRecord(r.id(), r.doi(), r.title(), null, r.published(), r.venue(), null, text, null, null,
                    new SourceRef("<result>", 0));
        }
        List<String> keywords = new ArrayList<>(List.of(KEYWORD + r.label()));
        if (r.uncertain()) {
            keywords.add(KEYWORD + "uncertain");
        }
        if (found != null && !found.ris().isEmpty()) {
            writer.writeLines(found.ris(), keywords, List.of(note(r)));
        } else {
            writer.write(in, keywords, List.of(note(r)));
        }
    }

    /** The note: stance, confidence, prediction set and model. */
    static String note(ClassifiedRecord r) {
        return String.format(Locale.ROOT, "stancemap: stance %s, confidence %.3f, prediction set {%s}, model %s",
                r.label(), r.confidence(), String.join(", ", r.predictionSet()), r.model());
    }

    @Override
    public void commit() throws IOException {
        writer.commit();
    }

    @Override
    public void close() throws IOException {
        try {
            inputs.close();
        } finally {
            writer.close();
        }
    }
}
