package org.stancemap.report;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.stancemap.corpus.AbstractRecord;
import org.stancemap.corpus.Corpora;
import org.stancemap.corpus.LoadedCorpus;
import org.stancemap.stance.Document;
import org.stancemap.stance.LabelSet;

/**
 * The labelled seed abstracts as documents tokenised by whitespace: real text, analysed cheaply, for
 * tests that need many model fits (cross-validation, learning curves) in well under a second.
 */
final class SeedDocuments {
    final LabelSet labels;
    final List<Document> documents;
    final int[] y;
    final String[] groups;

    private SeedDocuments(LabelSet labels, List<Document> documents, int[] y, String[] groups) {
        this.labels = labels;
        this.documents = documents;
        this.y = y;
        this.groups = groups;
    }

    static SeedDocuments load() throws IOException {
        LabelSet labels = LabelSet.read(java.nio.file.Path.of("corpus", "labels.json"));
        LoadedCorpus c = Corpora.load(List.of(SeedRun.SEED_JSONL), null, labels.names());
        List<AbstractRecord> labelled = c.records().stream().filter(AbstractRecord::isLabelled).toList();
        List<Document> docs = labelled.stream().map(r -> doc(r.text())).toList();
        int[] y = labelled.stream().mapToInt(r -> labels.indexOf(r.label())).toArray();
        String[] groups = labelled.stream().map(r -> r.work() != null ? r.work() : r.doi()).toArray(String[]::new);
        return new SeedDocuments(labels, docs, y, groups);
    }

    static Document doc(String text) {
        return new Document(text, Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(t -> t.length() > 2).toList(), List.of(text));
    }
}
