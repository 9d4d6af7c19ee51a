package org.stancemap.cli;

import org.stancemap.bundle.BundleDocuments;
import org.stancemap.bundle.BundleReader;
import org.stancemap.bundle.ModelBundle;
import org.stancemap.embed.EmbeddingCache;
import org.stancemap.eval.LabelNextStrategy;
import org.stancemap.stance.Document;
import org.stancemap.stance.DocumentFactory;
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
        description = {"Write the N abstracts to label next (at a cold start typical and diverse ones, later the",
            "smallest margins, spread across topics) as a CSV with an empty 'label' column. Fill it in, then retrain with",
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

    @Option(names = {"--strategy", "--by"}, paramLabel = "auto|margin|entropy|typical", defaultValue = "auto",
            description = {"How to pick: margin (smallest first), entropy (highest first), typical (the most typical"
                    + " abstract of k-means clusters, balanced across predicted stances; reads --model to embed the"
                    + " texts), or auto: typical while the model was trained on fewer than "
                    + LabelNextStrategy.COLD_START_RECORDS + " labelled records (and has an embedding model), else margin."
                    + " Default: ${DEFAULT-VALUE}."})
    String strategy;

    @Option(names = "--model", paramLabel = "DIR",
            description = "The bundle that classified the results (default: models/default): its labelled-record count"
                    + " decides auto, and typical embeds with its embedding model.")
    Path model;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the clustering. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Embedding cache directory (default: ~/.cache/stancemap/embeddings).")
    Path cacheDir;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        InputFiles.requireReadable("results", results);
        InputFiles.requireReadable("input", in);
        new OutputPaths().input("--results", results).input("--in", in).fileCreatingFolders("--out", out).check();
        LabelNextStrategy chosen;
        ModelBundle bundle = null;
        try {
            if ("auto".equalsIgnoreCase(strategy.strip())) {
                bundle = BundleReader.read(model != null ? model : Defaults.model());
                int labelled = bundle.manifest().labelCounts() == null ? 0
                        : bundle.manifest().labelCounts().values().stream().mapToInt(Integer::intValue).sum();
                chosen = bundle.manifest().embedding() == null ? LabelNextStrategy.MARGIN : LabelNextStrategy.forLabelled(labelled);
                err.println("stancemap: strategy auto: " + chosen.label() + " (the model was trained on " + labelled
                        + " labelled records" + (bundle.manifest().embedding() == null ? " and has no embedding model" : "")
                        + ")");
            } else {
                chosen = LabelNextStrategy.parse(strategy);
            }
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        List<LabellingQueue.Candidate> written;
        if (chosen == LabelNextStrategy.TYPICAL) {
            ModelBundle b = bundle != null ? bundle : BundleReader.read(model != null ? model : Defaults.model());
            if (b.manifest().embedding() == null) {
                throw new UserException("--strategy typical needs a model with an embedding model; " + b.modelId() + " has none");
            }
            DocumentFactory docs = BundleDocuments.of(b, cacheDir != null ? cacheDir : EmbeddingCache.defaultDirectory())
                    .withSentenceVectors(false);
            written = LabelNextFile.writeTypical(out, results, in, input.format(), n,
                    texts -> docs.ofAll(texts).stream().map(Document::embedding).toList(), seed);
        } else {
            written = LabelNextFile.write(out, results, in, input.format(), n, LabellingQueue.Strategy.valueOf(chosen.name()));
        }
        spec.commandLine().getOut().printf("%d abstracts to label written to %s (strategy %s)%n", written.size(), out,
                chosen.label());
        if (written.size() < n) {
            err.println("stancemap: only " + written.size() + " unlabelled, distinct abstracts in the results (asked for "
                    + n + ")");
        }
        return ExitCodes.OK;
    }
}
