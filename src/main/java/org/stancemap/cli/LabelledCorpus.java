package org.stancemap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.stancemap.corpus.Corpora;
import org.stancemap.corpus.InputFormat;
import org.stancemap.corpus.LoadedCorpus;
import org.stancemap.corpus.Reject;
import org.stancemap.stance.LabelSet;

/** Loads labelled corpus files for training and evaluation, reporting rejects on the error stream. */
final class LabelledCorpus {
    private LabelledCorpus() {}

    /**
     * Loads the files; prints every reject as {@code file:line: reason}.
     *
     * @throws UserException when a file is missing, or under {@code strict} when a record is rejected
     */
    static LoadedCorpus load(List<Path> files, InputFormat format, LabelSet labels, boolean strict, PrintWriter err)
            throws IOException {
        InputFiles.requireReadable("corpus", files);
        LoadedCorpus corpus = Corpora.load(files, format, labels.names());
        for (Reject r : corpus.rejects()) {
            err.println("stancemap: rejected " + r.message());
        }
        if (strict && !corpus.rejects().isEmpty()) {
            throw new UserException("--strict: " + corpus.rejects().size() + " corpus record(s) rejected");
        }
        return corpus;
    }
}
