package org.stancemap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.stancemap.text.AnalyzerSettings;
import org.stancemap.topics.MalletLdaTrainer;
import org.stancemap.topics.TopicManifest;
import org.stancemap.topics.TopicModel;
import org.stancemap.topics.TopicOptions;
import org.stancemap.topics.TopicProvenance;
import org.stancemap.topics.TopicStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stancemap topics train}: trains an LDA topic model and writes its directory. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Train an LDA topic model and write its directory.",
        description = {"Train an LDA topic model (MALLET ParallelTopicModel) on the analyzer lemmas of a corpus and"
                + " write it to a directory: the model, a manifest with the settings, and the analyzer settings"
                + " and corpus files with their SHA-256.",
            "Reproducible: the same corpus, --k, --seed and thread count give byte-identical topics. With --seed and"
                + " no --threads, one thread is used."})
final class TopicsTrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--k", required = true, paramLabel = "K", description = "Number of topics, 2..1000.")
    int k;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Topic model directory to write.")
    Path outDir;

    @Option(names = "--force", description = "Replace an existing topic model at --out.")
    boolean force;

    @Mixin
    TopicsCommand.Training training;

    @Mixin
    InputOptions input;

    @Mixin
    RunOptions run;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AnalyzerSettings analyzer = training.analyzerSettings(spec);
        TopicOptions options = training.options(k, spec, err);
        new OutputPaths().input("--corpus", training.corpus).input("--labels", training.labels).tree("--out", outDir).check();
        checkTarget();
        TopicsCommand.Documents data = TopicsCommand.documents(training.corpus, input.format(), training.labelSet(),
                analyzer, run.strict(), err);
        if (!run.quiet) {
            out.println(TopicsCommand.corpusLine(data));
            int words = options.dfFilter().vocabulary(data.docs()).size();
            out.printf(Locale.ROOT, "training %d topics: %d words kept (min_df %d, max_doc_share %s), %s,"
                            + " seed %d, %d thread(s)%s%n",
                    options.k(), words, options.dfFilter().minDf(), options.dfFilter().maxDocShare(),
                    sweepsLine(options), options.seed(), options.threads(),
                    options.reproducible() ? " (reproducible)" : " (not reproducible)");
            out.flush();
        }
        long t0 = System.nanoTime();
        TopicModel model = MalletLdaTrainer.fit(data.docs(), options);
        TopicProvenance provenance = TopicProvenance.of(analyzer, data.corpus().files(), data.docs().size());
        TopicManifest manifest = TopicStore.write(outDir, model, provenance, force);
        out.printf(Locale.ROOT, "topic model written to %s: %d topics, %d documents, %d tokens, %d sweeps, mean NPMI %.3f,"
                        + " mean UMass %.2f (%.1f s)%n",
                outDir, manifest.k(), manifest.documents(), manifest.tokens(), manifest.sweeps(), manifest.meanNpmi(),
                manifest.meanUmass(), (System.nanoTime() - t0) / 1e9);
        return ExitCodes.OK;
    }

    /** "1000 sweeps" or "at most 1000 sweeps (early stop 50:0.001)". */
    static String sweepsLine(TopicOptions options) {
        TopicOptions.EarlyStop stop = options.earlyStop();
        return stop.enabled()
                ? String.format(Locale.ROOT, "at most %d sweeps (early stop %d:%s)", options.iterations(), stop.window(),
                        stop.tolerance())
                : options.iterations() + " sweeps";
    }

    /**
     * Fails before the (long) training when {@code --out} exists and {@code --force} is not given,
     * and even with {@code --force} when it is something other than a topic model or an empty
     * directory: replacing deletes it.
     */
    private void checkTarget() throws IOException {
        if (!Files.exists(outDir)) {
            return;
        }
        if (!force) {
            throw new UserException(outDir + ": already exists; use --force to replace the topic model there");
        }
        boolean topicModel = Files.isRegularFile(outDir.resolve(TopicStore.MANIFEST));
        boolean empty = false;
        if (Files.isDirectory(outDir) && !topicModel) {
            try (Stream<Path> entries = Files.list(outDir)) {
                empty = entries.findAny().isEmpty();
            }
        }
        if (!topicModel && !empty) {
            throw new UserException(outDir + ": exists and is not a topic model directory (no " + TopicStore.MANIFEST
                    + "); --force replaces only topic models, choose another --out");
        }
    }
}
