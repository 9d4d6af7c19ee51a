package org.stancemap.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the literature map of {@code stancemap report}: a self-contained {@code index.html} (stance
 * shares overall, by year and by venue, topic-by-stance heat map, abstracts to label next, a
 * sortable table of all abstracts) and the {@code report.json} behind it ({@link LiteratureMap}).
 * Stateless and thread-safe; files are replaced atomically.
 */
public final class LiteratureMapReport {
    private LiteratureMapReport() {}

    /**
     * Reads the classify results and writes the map into {@code dir} (created when missing).
     *
     * @return the map written
     * @throws IOException naming the file and line of a malformed result, or when writing fails
     */
    public static LiteratureMap write(Path dir, List<Path> results, LiteratureMap.Options options) throws IOException {
        LiteratureMap map = LiteratureMap.of(Results.read(results), options);
        ReportFiles.write(dir, map, LiteratureMapPage.render(map));
        return map;
    }
}
