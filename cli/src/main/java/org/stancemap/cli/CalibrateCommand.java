package org.stancemap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stancemap.bundle.BundleContents;
import org.stancemap.bundle.BundleDocuments;
import org.stancemap.bundle.BundleReader;
import org.stancemap.bundle.BundleWriter;
import org.stancemap.bundle.Manifest;
import org.stancemap.bundle.ModelBundle;
import org.stancemap.corpus.LoadedCorpus;
import org.stancemap.eval.Recalibration;
import org.stancemap.stance.LabelledDocuments;
import org.stancemap.stance.calibration.CalibrationState;
import org.stancemap.train.CorpusFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code stancemap calibrate}: a copy of a bundle whose calibration (temperature, conformal threshold,
 * selective threshold) is fitted on a few labelled records of the user's own literature, the head
 * unchanged. The manifest records the calibration file as provenance.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fit a bundle's calibration on labelled records of your own literature, without retraining it:",
            "one temperature, the conformal threshold and the selective threshold (at least "
                    + Recalibration.MINIMUM + " records; 9 support 90% sets).",
            "Writes a new bundle whose manifest names the calibration file."})
final class CalibrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "DIR", description = "Bundle to recalibrate (default: models/default).")
    Path bundleDir;

    @Option(names = "--gold", required = true, arity = "1..*", paramLabel = "FILE",
            description = "Labelled records of the literature to calibrate for.")
    List<Path> gold = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Bundle directory to write.")
    Path outDir;

    @Option(names = "--force", description = "Replace an existing bundle at --out.")
    boolean force;

    @Option(names = "--coverage", paramLabel = "P", defaultValue = "0.9",
            description = "Coverage of the conformal prediction sets. Default: ${DEFAULT-VALUE}.")
    double coverage;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Embedding cache (default: ~/.cache/stancemap/embeddings).")
    Path cacheDir;

    @Mixin
    InputOptions input;

    @Mixin
    RunOptions run;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ModelBundle bundle = BundleReader.read(bundleDir != null ? bundleDir : Defaults.model());
        LoadedCorpus loaded = LabelledCorpus.load(gold, input.format(), bundle.labels(), run.strict(), spec.commandLine().getErr());
        LabelledDocuments data = LabelledDocuments.of(loaded.records(), bundle.labels(),
                BundleDocuments.of(bundle, cacheDir != null ? cacheDir : org.stancemap.embed.EmbeddingCache.defaultDirectory()));
        Manifest written = write(bundle, loaded, data, coverage, outDir, force, out);
        out.println("model " + written.modelId() + " written to " + outDir);
        return ExitCodes.OK;
    }

    /** Recalibrates {@code bundle}'s head on {@code data} and writes the bundle; used by {@code train --calibrate-on} too. */
    static Manifest write(ModelBundle bundle, LoadedCorpus loaded, LabelledDocuments data, double coverage, Path outDir,
                          boolean force, PrintWriter out) throws IOException {
        CalibrationState state;
        try {
            state = Recalibration.fit(bundle.head(), data, coverage);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        out.printf(Locale.ROOT, "recalibrated on %d labelled records in %d works: temperature %.3f (was %.3f),"
                        + " uncertain below confidence %.2f, conformal threshold %.3f%n", data.size(), data.groupCount(),
                state.temperature(), bundle.calibration().temperature(), state.uncertainThreshold(), state.conformal().qhat());
        Manifest manifest = bundle.manifest().withCalibration(
                CorpusFiles.calibrationData("held-out", loaded, data, state.method()),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        return BundleWriter.write(outDir, force, manifest,
                new BundleContents(bundle.labels(), bundle.head(), state, bundle.reference(), bundle.topics()));
    }
}
