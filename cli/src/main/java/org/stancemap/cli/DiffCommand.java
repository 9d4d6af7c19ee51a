package org.stancemap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stancemap.bundle.BundleReader;
import org.stancemap.bundle.ModelBundle;
import org.stancemap.report.BundleDiff;
import org.stancemap.report.ModelDiffText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code stancemap diff}: classifies the same abstracts with two model versions and reports which
 * changed label, the transition matrix and the change in stance shares. Public so that tests outside
 * this package can register it.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare two model versions on the same abstracts: records whose label changed,",
            "the transition matrix (old label x new label) and the change in stance shares.",
            "--json FILE writes all of it, with every changed record."})
public final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--old", required = true, paramLabel = "DIR", description = "The old model bundle.")
    Path oldBundle;

    @Option(names = "--new", required = true, paramLabel = "DIR", description = "The new model bundle.")
    Path newBundle;

    @Option(names = "--in", required = true, arity = "1..*", paramLabel = "FILE",
            description = "Abstracts to classify (R Discovery .txt, .jsonl, .csv).")
    List<Path> in = new ArrayList<>();

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the whole comparison as JSON.")
    Path json;

    @Option(names = "--show", paramLabel = "N", defaultValue = "20",
            description = "Changed records listed on the terminal. Default: ${DEFAULT-VALUE}.")
    int show;

    @Mixin
    EmbeddingCacheOptions cache;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputFiles.requireReadable("input", in);
        new OutputPaths().input("--in", in).input("--old", oldBundle).input("--new", newBundle).fileCreatingFolders("--json", json).check();
        ModelBundle before = BundleReader.read(oldBundle);
        ModelBundle after = BundleReader.read(newBundle);
        BundleDiff.Outcome outcome = BundleDiff.run(before, after, in, input.format(), threads, cache.directory(), err);
        if (!outcome.summary().unusableFiles().isEmpty()) {
            throw new UserException(outcome.summary().unusableFiles().get(0).problem());
        }
        if (!outcome.rejects().isEmpty()) {
            err.println("stancemap: " + outcome.rejects().size() + " record(s) rejected by both models, not compared;"
                    + " first: " + outcome.rejects().get(0).message());
        }
        out.print(ModelDiffText.format(outcome.diff(), Math.max(0, show)));
        if (json != null) {
            JsonFiles.write(json, outcome.diff());
            out.println("json: " + json);
        }
        return ExitCodes.OK;
    }
}
