package org.stancemap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stancemap.bundle.ModelBundle;
import org.stancemap.classify.BatchClassifier;
import org.stancemap.classify.BatchSummary;
import org.stancemap.classify.RecordClassifier;
import org.stancemap.classify.OutputFormat;
import org.stancemap.classify.Sink;
import org.stancemap.classify.Sinks;
import org.stancemap.corpus.InputBytes;
import org.stancemap.corpus.InputFormat;
import org.stancemap.corpus.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stancemap classify}: labels every abstract of the input files with the model's stance. */
@Command(name = "classify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Classify abstracts in batch: stance, confidence and all probabilities per record.",
            "Writes JSONL, CSV or RIS (by the --out extension); rejected records go to the rejects file."})
final class ClassifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Input files: R Discovery, JSONL, CSV (Scopus too), RIS, BibTeX, OpenAlex, Web of Science, MEDLINE, CSL-JSON, EndNote XML, told by content; .gz too; - reads standard input.")
    List<Path> positional = new ArrayList<>();

    @Option(names = "--in", arity = "1..*", paramLabel = "FILE", description = "Input files (same as the positional FILEs).")
    List<Path> in = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file: .jsonl, .csv or .ris.")
    Path out;

    @Option(names = "--model", paramLabel = "DIR", description = "Model bundle (default: models/default).")
    Path model;

    @Mixin
    InputOptions input;

    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "CSV field separator: a character, tab, comma or semicolon (default: found from the header row).")
    String delimiter;

    @Option(names = "--rejects", paramLabel = "FILE", description = "Rejects file (default: <out>.rejects.jsonl).")
    Path rejects;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    EmbeddingCacheOptions cache;

    @Option(names = "--batch", paramLabel = "N", description = "Records per batch (default: ${DEFAULT-VALUE}).")
    int batch = 64;

    @Mixin
    RunOptions run;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> inputs = new ArrayList<>(positional);
        inputs.addAll(in);
        if (inputs.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "No input files: give FILEs or --in FILE...");
        }
        if (inputs.stream().filter(InputBytes::isStdin).count() > 1) {
            throw new UserException("standard input (-) can be read only once");
        }
        List<Path> files = inputs.stream().filter(p -> !InputBytes.isStdin(p)).toList();
        InputFiles.requireReadable("input", files);
        InputFormat format = input.format();
        ReadOptions reading;
        try {
            reading = new ReadOptions(ReadOptions.parseDelimiter(delimiter));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        OutputFormat outFormat = OutputFormat.fromPath(out);
        Path rejectsFile = rejects != null ? rejects : Path.of(out + ".rejects.jsonl");
        Path modelDir = model != null ? model : Defaults.model();
        new OutputPaths().input("input", files).input("--model", modelDir)
                .file("--out", out).file(rejects != null ? "--rejects" : "rejects file", rejectsFile).check();
        RecordClassifier records = RecordClassifier.open(modelDir, cache.directory());
        ModelBundle bundle = records.bundle();
        BatchClassifier classifier = new BatchClassifier(records, new BatchClassifier.Settings(threads, batch, run.progress()));
        BatchSummary summary;
        try (Sink<org.stancemap.stance.ClassifiedRecord> sink = Sinks.results(out, outFormat, bundle.labels().names(), inputs, format);
             Sink<org.stancemap.corpus.Reject> rej = Sinks.rejects(rejectsFile)) {
            summary = reading.call(() -> classifier.run(inputs, format, sink, rej, err));
            if (summary.unusableFiles().isEmpty()) {
                sink.commit();
            }
            rej.commit();
        }
        err.println("stancemap: " + summary.line());
        if (summary.shift() != null) {
            err.println("stancemap: " + summary.shift().line());
        }
        if (bundle.manifest().calibrationData() != null) {
            err.println("stancemap: " + bundle.manifest().calibrationData().line());
        }
        for (String d : summary.examples()) {
            err.println("stancemap: duplicate: " + d);
        }
        List<BatchSummary.FileCount> failed = summary.unusableFiles();
        if (!failed.isEmpty()) {
            for (BatchSummary.FileCount f : failed) {
                err.println("stancemap: " + f.problem());
            }
            err.println("stancemap: results not written (" + out + " is left as it was); rejects: " + rejectsFile + " ("
                    + (summary.rejected() + summary.lines()) + ")");
            return ExitCodes.FAILURE;
        }
        err.println("stancemap: results: " + out + "; rejects: " + rejectsFile + " (" + (summary.rejected() + summary.lines()) + ")");
        if (run.strict() && summary.rejected() + summary.lines() > 0) {
            err.println("stancemap: --strict: " + summary.rejected() + " record(s) rejected");
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }
}
