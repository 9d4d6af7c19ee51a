package org.stancemap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.stancemap.corpus.Corpora;
import org.stancemap.corpus.CorpusFormatException;
import org.stancemap.corpus.FileDigest;
import org.stancemap.corpus.InputDiagnosis;
import org.stancemap.corpus.InputFormat;
import org.stancemap.corpus.LoadedCorpus;
import org.stancemap.corpus.TextLimit;
import org.stancemap.corpus.Reject;
import org.stancemap.stance.LabelSet;

/** Loads labelled corpus files for training and evaluation, reporting rejects on the error stream. */
final class LabelledCorpus {
    private LabelledCorpus() {}

    /**
     * Loads the files; prints every reject as {@code file:line: reason}.
     *
     * @throws UserException when a file is missing or unreadable, when a non-empty file gives no
     *                       record at all (with the likely cause: encoding, compression, format), or
     *                       under {@code strict} when a record is rejected
     */
    static LoadedCorpus load(List<Path> files, InputFormat format, LabelSet labels, boolean strict, PrintWriter err)
            throws IOException {
        InputFiles.requireReadable("corpus", files);
        LoadedCorpus corpus;
        try {
            corpus = cutLongTexts(Corpora.load(files, format, labels.names()), err);
        } catch (CorpusFormatException e) {
            throw explained(e, files, format);
        }
        for (Reject r : corpus.rejects()) {
            err.println("stancemap: rejected " + r.message());
        }
        for (int i = 0; i < files.size(); i++) {
            requireSomeRecord(files.get(i), format, corpus.files().get(i), corpus.rejects());
        }
        if (strict && !corpus.rejects().isEmpty()) {
            throw new UserException("--strict: " + corpus.rejects().size() + " corpus record(s) rejected");
        }
        return corpus;
    }

    /** Fails when {@code file} held something but not one record was accepted from it. */
    private static void requireSomeRecord(Path file, InputFormat format, FileDigest digest, List<Reject> rejects)
            throws IOException {
        if (digest.records() > 0) {
            return;
        }
        List<Reject> own = rejects.stream().filter(r -> r.file().equals(digest.file())).toList();
        if (own.isEmpty()) {
            return;
        }
        InputFormat f = format != null ? format : InputFormat.fromPath(file);
        InputDiagnosis d = InputDiagnosis.examine(file, f).orElse(null);
        String what = d != null && d.undecodable() ? own.size() + " undecodable line(s)" : own.size() + " record(s)";
        throw new UserException(file + ": no record could be read as " + f.id() + " (" + what + " rejected; first: "
                + own.get(0).message() + ")" + (d == null ? "; check that --format matches the file" : "; the file " + d.cause()));
    }

    /** {@code e} with the likely cause added, when its message names one of {@code files} and a cause is seen. */
    private static IOException explained(CorpusFormatException e, List<Path> files, InputFormat format) throws IOException {
        for (Path file : files) {
            if (e.getMessage() != null && e.getMessage().startsWith(file.toString() + ":")) {
                InputDiagnosis d = InputDiagnosis.examine(file, format).orElse(null);
                return d == null ? e : new CorpusFormatException(e.getMessage() + "; the file " + d.cause());
            }
        }
        return e;
    }

    /** The corpus with texts over {@link TextLimit#MAX_CHARS} cut, as classify cuts them, saying how many. */
    private static LoadedCorpus cutLongTexts(LoadedCorpus corpus, PrintWriter err) {
        long cut = corpus.records().stream().filter(r -> TextLimit.exceeds(r.text())).count();
        if (cut == 0) {
            return corpus;
        }
        err.println("stancemap: " + cut + " record(s) longer than " + TextLimit.MAX_CHARS + " characters cut to that length");
        return new LoadedCorpus(corpus.records().stream().map(TextLimit::apply).toList(), corpus.rejects(), corpus.files());
    }
}
