package org.stancemap.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.stancemap.bundle.BundleWriter;
import org.stancemap.bundle.LibraryVersions;
import org.stancemap.bundle.Manifest;
import org.stancemap.corpus.LoadedCorpus;
import org.stancemap.eval.CrossValidation;
import org.stancemap.eval.CvSpec;
import org.stancemap.stance.DocumentFactory;
import org.stancemap.stance.Heads;
import org.stancemap.stance.LabelSet;
import org.stancemap.stance.LabelledDocuments;
import org.stancemap.stance.StanceModel;
import org.stancemap.stance.StanceTrainer;
import org.stancemap.text.AnalyzerSettings;
import org.stancemap.text.Analyzers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stancemap train}: fits a stance model on labelled abstracts and writes a model bundle. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train a stance model on labelled abstracts and write a versioned model bundle.",
            "Cross-validates first (grouped by work) and records the metrics in the bundle's manifest."})
final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", required = true, arity = "1..*", paramLabel = "FILE",
            description = "Labelled corpus files (.jsonl, .csv or R Discovery .txt).")
    List<Path> corpus = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Bundle directory to write.")
    Path outDir;

    @Option(names = "--force", description = "Replace an existing bundle at --out.")
    boolean force;

    @Option(names = "--cv", paramLabel = "K|loo|none",
            description = "Cross-validation before training: loo (leave one work out), K folds, or none."
                    + " Default: loo up to 30 works, else 5 folds.")
    String cv;

    @Option(names = "--model", paramLabel = "HEAD", defaultValue = "tfidf-lr",
            description = "Classifier head: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.",
            completionCandidates = ModelOptions.HeadNames.class)
    String head;

    @Mixin
    ModelOptions model;

    @Mixin
    InputOptions input;

    @Mixin
    RunOptions run;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        LabelSet labels = model.labelSet();
        AnalyzerSettings analyzer = model.analyzerSettings();
        LoadedCorpus loaded = LabelledCorpus.load(corpus, input.format(), labels, run.strict(), err);
        DocumentFactory docs = new DocumentFactory(Analyzers.create(analyzer), false);
        StanceTrainer trainer = Heads.trainer(head, model.seed, docs);
        LabelledDocuments data = LabelledDocuments.of(loaded.records(), labels, docs);
        out.printf("corpus: %d records, %d labelled in %d works, %d unlabelled (not used), %d rejected%n",
                loaded.records().size(), data.size(), data.groupCount(), data.unlabelled(), loaded.rejects().size());
        if (data.size() == 0) {
            throw new UserException("no labelled record in " + corpus + ": nothing to train on");
        }

        CrossValidation.Result cvResult = null;
        CvSpec cvSpec = "none".equalsIgnoreCase(cv) ? null
                : cv == null ? CvSpec.defaultFor(data.groupCount()) : CvSpec.parse(cv);
        if (cvSpec != null) {
            cvResult = CrossValidation.run(data.documents(), data.y(), data.groups(), labels, trainer, cvSpec, model.seed);
            out.print(Reports.crossValidation(cvResult));
        }

        StanceModel fitted = trainer.fit(data.documents(), data.y(), labels);
        Manifest written = BundleWriter.write(outDir, force, manifest(labels, loaded, data, analyzer, trainer, cvResult),
                labels, fitted);
        out.println("model " + written.modelId() + " written to " + outDir);
        return ExitCodes.OK;
    }

    private Manifest manifest(LabelSet labels, LoadedCorpus loaded, LabelledDocuments data, AnalyzerSettings analyzer,
                              StanceTrainer trainer, CrossValidation.Result cvResult) {
        List<Manifest.CorpusFile> files = loaded.files().stream()
                .map(f -> new Manifest.CorpusFile(f.file(), f.sha256(), f.records(),
                        (int) data.records().stream().filter(r -> r.source().file().equals(f.file())).count(),
                        (int) loaded.rejects().stream().filter(r -> r.file().equals(f.file())).count()))
                .toList();
        Map<String, Integer> counts = new LinkedHashMap<>();
        int[] c = data.labelCounts(labels.size());
        for (int k = 0; k < c.length; k++) {
            counts.put(labels.names().get(k), c[k]);
        }
        ObjectNode metrics = null;
        if (cvResult != null) {
            metrics = JsonFiles.MAPPER.createObjectNode();
            metrics.set("cross_validation", JsonFiles.tree(cvResult));
        }
        return new Manifest(Manifest.FORMAT, Manifest.FORMAT_VERSION, null,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), StancemapVersion.get(),
                new Manifest.LabelSetRef(labels.id(), labels.names(), BundleWriter.LABELS), files, counts, analyzer,
                trainer.head(), JsonFiles.tree(trainer.options()), model.seed, LibraryVersions.all(),
                LibraryVersions.runtime(), metrics, null);
    }
}
