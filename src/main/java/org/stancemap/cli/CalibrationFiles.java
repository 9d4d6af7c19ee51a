package org.stancemap.cli;

import java.util.List;
import org.stancemap.bundle.Manifest;
import org.stancemap.corpus.LoadedCorpus;
import org.stancemap.stance.LabelledDocuments;

/** What a calibration rests on, for the manifest: the labelled files with their digests and counts. */
final class CalibrationFiles {
    private CalibrationFiles() {}

    static Manifest.CalibrationData of(String source, LoadedCorpus loaded, LabelledDocuments data, String method) {
        List<Manifest.CorpusFile> files = loaded.files().stream()
                .map(f -> new Manifest.CorpusFile(f.file(), f.sha256(), f.records(),
                        (int) data.records().stream().filter(r -> r.source().file().equals(f.file())).count(),
                        (int) loaded.rejects().stream().filter(r -> r.file().equals(f.file())).count()))
                .toList();
        return new Manifest.CalibrationData(source, files, data.size(), data.groupCount(), method);
    }
}
