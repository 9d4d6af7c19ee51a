package org.stancemap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stancemap.report.LabelNextFile;
import org.stancemap.report.LabellingQueue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code stancemap label-next}: the abstracts the model is least sure of, as a CSV file to fill in and
 * feed back to {@code train --corpus}. Public so that tests outside this package can register it.
 */
@Command(name = "label-next", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write the N most informative unlabelled abstracts (smallest margin or highest entropy,",
            "spread across topics) as a CSV with an empty 'label' column. Fill it in, then retrain with",
            "  stancemap train --corpus <corpus files> <this file> --out <bundle>",
            "The text comes from the files classify read (--in), by default those named in the results."})
public final class LabelNextCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--results", required = true, arity = "1..*", paramLabel = "FILE", description = "Classify output (JSONL).")
    List<Path> results = new ArrayList<>();

    @Option(names = "--in", arity = "1..*", paramLabel = "FILE",
            description = "The input files classify read (default: the files named in the results' source fields).")
    List<Path> in = new ArrayList<>();

    @Option(names = "--n", paramLabel = "N", defaultValue = "20", description = "Abstracts to list. Default: ${DEFAULT-VALUE}.")
    int n;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file to write.")
    Path out;

    @Option(names = "--by", paramLabel = "margin|entropy", defaultValue = "margin",
            description = "Rank by smallest margin or highest entropy. Default: ${DEFAULT-VALUE}.")
    String by;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        InputFiles.requireReadable("results", results);
        InputFiles.requireReadable("input", in);
        new OutputPaths().input("--results", results).input("--in", in).fileCreatingFolders("--out", out).check();
        List<LabellingQueue.Candidate> written = LabelNextFile.write(out, results, in, input.format(), n,
                LabellingQueue.Strategy.parse(by));
        spec.commandLine().getOut().printf("%d abstracts to label written to %s%n", written.size(), out);
        if (written.size() < n) {
            err.println("stancemap: only " + written.size() + " unlabelled, distinct abstracts in the results (asked for "
                    + n + ")");
        }
        return ExitCodes.OK;
    }
}
