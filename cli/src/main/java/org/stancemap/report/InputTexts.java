package org.stancemap.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stancemap.corpus.AbstractRecord;
import org.stancemap.corpus.Ingested;
import org.stancemap.corpus.InputFormat;
import org.stancemap.corpus.RecordReaders;
import org.stancemap.corpus.RecordSource;

/**
 * The input records behind classify results, found again by where they were read ({@code source},
 * {@code file:line}) or else by id (as classify forms it: input id, else DOI, else a hash of the
 * text). Results do not carry the abstract's text; the label-next file needs it. Immutable once read.
 */
final class InputTexts {
    private final Map<String, AbstractRecord> bySource;
    private final Map<String, AbstractRecord> byId;

    private InputTexts(Map<String, AbstractRecord> bySource, Map<String, AbstractRecord> byId) {
        this.bySource = bySource;
        this.byId = byId;
    }

    /**
     * Reads the records of {@code inputs} that match one of {@code wanted} by source or id, keeping
     * only those in memory; rejected records are skipped (classify rejected them too).
     *
     * @param format the input format, or null to tell it from each file's extension
     * @throws IOException when a file is missing or cannot be read in its format
     */
    static InputTexts read(List<Path> inputs, InputFormat format, List<ResultRecord> wanted) throws IOException {
        Set<String> sources = new java.util.HashSet<>();
        Set<String> ids = new java.util.HashSet<>();
        for (ResultRecord r : wanted) {
            sources.add(r.source());
            ids.add(r.id());
        }
        Map<String, AbstractRecord> bySource = new HashMap<>();
        Map<String, AbstractRecord> byId = new HashMap<>();
        for (Path p : inputs) {
            if (!Files.isRegularFile(p)) {
                throw new IOException(p + ": no such input file (expected a file classify read)");
            }
            try (RecordSource source = RecordReaders.open(p, format)) {
                while (source.hasNext()) {
                    if (source.next() instanceof Ingested.Accepted a) {
                        AbstractRecord r = a.record();
                        String where = r.source().toString();
                        String id = r.outputId();
                        if (sources.contains(where)) {
                            bySource.put(where, r);
                        }
                        if (ids.contains(id)) {
                            byId.putIfAbsent(id, r);
                        }
                    }
                }
            }
        }
        return new InputTexts(bySource, byId);
    }

    /**
     * The files named in the results' {@code source} fields ({@code file:line}), in order of first
     * appearance, for when the user gives no inputs.
     */
    static List<Path> sourceFiles(List<ResultRecord> records) {
        Set<String> files = new LinkedHashSet<>();
        for (ResultRecord r : records) {
            if (r.source() != null && r.source().lastIndexOf(':') > 0) {
                files.add(r.source().substring(0, r.source().lastIndexOf(':')));
            }
        }
        List<Path> out = new ArrayList<>();
        files.forEach(f -> out.add(Path.of(f)));
        return out;
    }

    /** The input record of {@code r}: by source when the path spelling matches, else by id; null when not found. */
    AbstractRecord find(ResultRecord r) {
        AbstractRecord a = r.source() == null ? null : bySource.get(r.source());
        if (a != null && r.id().equals(a.outputId())) {
            return a;
        }
        return byId.get(r.id());
    }
}
