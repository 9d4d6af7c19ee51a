package org.stancemap.train;

import java.util.List;
import org.stancemap.bundle.Manifest;
import org.stancemap.corpus.LoadedCorpus;
import org.stancemap.stance.LabelledDocuments;

/**
 * The labelled files a bundle rests on, for its manifest: the training corpus and what the
 * calibration was fitted on, each file with its digest and counts.
 */
public final class CorpusFiles {
    private CorpusFiles() {}

    /** Each file of {@code loaded} with its SHA-256, records, labelled records used and rejects. */
    public static List<Manifest.CorpusFile> of(LoadedCorpus loaded, LabelledDocuments data) {
        return loaded.files().stream()
                .map(f -> new Manifest.CorpusFile(f.file(), f.sha256(), f.records(),
                        (int) data.records().stream().filter(r -> r.source().file().equals(f.file())).count(),
                        (int) loaded.rejects().stream().filter(r -> r.file().equals(f.file())).count()))
                .toList();
    }

    /** What a calibration fitted by {@code method} on {@code data} (from {@code loaded}) rests on. */
    public static Manifest.CalibrationData calibrationData(String source, LoadedCorpus loaded, LabelledDocuments data,
                                                           String method) {
        return new Manifest.CalibrationData(source, of(loaded, data), data.size(), data.groupCount(), method);
    }
}
