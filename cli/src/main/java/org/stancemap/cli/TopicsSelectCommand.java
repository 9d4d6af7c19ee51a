package org.stancemap.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stancemap.text.AnalyzerSettings;
import org.stancemap.topics.TopicOptions;
import org.stancemap.topics.TopicSelection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stancemap topics select}: compares numbers of topics and recommends one. */
@Command(name = "select", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Compare numbers of topics by coherence and held-out perplexity.",
        description = {"Train one topic model per K on nine tenths of the corpus (the held-out tenth drawn with --seed)"
                + " and print, per K, the mean NPMI and UMass coherence of its topics and its held-out perplexity"
                + " (MALLET's left-to-right evaluator), then the recommended K and why.",
            "Rule: among the K whose perplexity is within " + TopicSelection.PERPLEXITY_TOLERANCE_PERCENT
                + "%% of the lowest, the K with the highest mean NPMI (ties: the smaller K)."})
final class TopicsSelectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--k", paramLabel = "FROM..TO[:STEP]", defaultValue = "5..40",
            description = "Candidate numbers of topics, step 5 unless given, e.g. 5..40 or 10..30:10. Default: ${DEFAULT-VALUE}.")
    String range;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the candidates and the recommendation as JSON to FILE.")
    Path json;

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
        new OutputPaths().input("--corpus", training.corpus).input("--labels", training.labels).fileCreatingFolders("--json", json).check();
        List<Integer> ks;
        try {
            ks = TopicSelection.parseKs(range);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage() + " for --k");
        }
        if (!range.strip().endsWith(".." + ks.get(ks.size() - 1)) && !range.contains(":")) {
            err.println("stancemap: note: --k " + range + " steps by 5 and gives K = " + ks + "; give a step for others, e.g. "
                    + range.strip() + ":1");
        }
        AnalyzerSettings analyzer = training.analyzerSettings(spec);
        TopicOptions options = training.options(ks.get(0), spec, err);
        for (int k : ks) {
            training.options(k, spec, new PrintWriter(PrintWriter.nullWriter()));  // every K valid before any training
        }
        TopicsCommand.Documents data = TopicsCommand.documents(training.corpus, input.format(), training.labelSet(),
                analyzer, run.strict(), err);
        if (!run.quiet) {
            out.println(TopicsCommand.corpusLine(data));
            out.printf(Locale.ROOT, "selecting K among %s: %d iterations, seed %d, %d thread(s), a tenth held out%n",
                    ks, options.iterations(), options.seed(), options.threads());
            out.flush();
        }
        long[] t0 = {System.nanoTime()};
        TopicSelection.Report report = TopicSelection.select(data.docs(), ks, options, c -> {
            if (!run.quiet) {
                out.printf(Locale.ROOT, "K=%d: mean NPMI %.3f, mean UMass %.2f, perplexity %.1f (%.1f s)%n",
                        c.k(), c.meanNpmi(), c.meanUmass(), c.perplexity(), (System.nanoTime() - t0[0]) / 1e9);
                out.flush();
            }
            t0[0] = System.nanoTime();
        });
        out.print(table(report));
        if (json != null) {
            ObjectNode root = JsonFiles.MAPPER.createObjectNode();
            root.set("corpus", JsonFiles.tree(data.corpus().files()));
            root.set("analyzer", JsonFiles.tree(analyzer));
            root.set("settings", JsonFiles.tree(options));
            root.setAll((ObjectNode) JsonFiles.tree(report));
            JsonFiles.write(json, root);
        }
        return ExitCodes.OK;
    }

    /** The candidates as a table, then the recommendation and its reason. */
    static String table(TopicSelection.Report report) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%n%d training documents, %d held out%n", report.trainDocuments(),
                report.heldOutDocuments()));
        b.append(String.format(Locale.ROOT, "%5s  %9s  %10s  %10s%n", "K", "mean NPMI", "mean UMass", "perplexity"));
        for (TopicSelection.Candidate c : report.candidates()) {
            b.append(String.format(Locale.ROOT, "%5d  %9.3f  %10.2f  %10.1f%s%n", c.k(), c.meanNpmi(), c.meanUmass(),
                    c.perplexity(), c.k() == report.recommendedK() ? "  <- recommended" : ""));
        }
        b.append(String.format(Locale.ROOT, "recommended K: %d%nwhy: %s%n", report.recommendedK(), report.reason()));
        return b.toString();
    }
}
