package org.stancemap.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stancemap.bundle.BundleContents;
import org.stancemap.bundle.BundleWriter;
import org.stancemap.bundle.Embeddings;
import org.stancemap.bundle.LibraryVersions;
import org.stancemap.bundle.Manifest;
import org.stancemap.bundle.TrainingMetrics;
import org.stancemap.corpus.AbstractRecord;
import org.stancemap.corpus.FileDigest;
import org.stancemap.corpus.Json;
import org.stancemap.corpus.LoadedCorpus;
import org.stancemap.embed.SentenceEmbedder;
import org.stancemap.eval.HeadComparison;
import org.stancemap.eval.ModelSelection;
import org.stancemap.eval.Recalibration;
import org.stancemap.stance.DocumentFactory;
import org.stancemap.stance.Heads;
import org.stancemap.stance.LabelSet;
import org.stancemap.stance.LabelledDocuments;
import org.stancemap.stance.ReferenceSet;
import org.stancemap.stance.calibration.CalibrationState;
import org.stancemap.text.Analyzer;
import org.stancemap.text.Analyzers;
import org.stancemap.topics.StoredTopics;
import org.stancemap.topics.TopicModel;
import org.stancemap.topics.TopicStore;

/**
 * Trains a model bundle: analyses (and embeds) the labelled corpus, fits or reads the topic model,
 * cross-validates the candidate heads, picks and calibrates one (or recalibrates it on held-out
 * records), and builds the manifest with its typed metrics and provenance. Stateless; one training
 * at a time per embedding cache.
 */
public final class BundleTrainer {
    // The manifest's metrics and parameters are the eval records' JSON views, as Jackson's defaults write them.
    private static final ObjectMapper TREES = Json.reportMapper();

    private BundleTrainer() {}

    /**
     * The heads to compare for {@code head} ({@link Heads#AUTO}: every head, the topic head when
     * {@code withTopics}).
     *
     * @throws IllegalArgumentException for an unknown head, naming the known ones
     */
    public static List<String> candidates(String head, boolean withTopics) {
        if (!Heads.AUTO.equals(head)) {
            Heads.spec(head);  // throws the message naming the known heads
        }
        return Heads.AUTO.equals(head) ? Heads.names(withTopics) : List.of(head);
    }

    /**
     * Trains the bundle {@code request} describes.
     *
     * @throws TrainingException when the data or options cannot give a bundle (labels of one class,
     *                           topics without a corpus, a topic model of another analyzer, too few
     *                           works for the heads asked, a calibration set that cannot be fitted)
     * @throws IOException       when the embedding model or a stored topic model cannot be read
     */
    public static TrainedBundle train(TrainingRequest request) throws IOException {
        LabelSet labels = request.labels();
        List<String> candidates = candidates(request.head(), request.topics() != null);
        boolean embeddings = candidates.stream().anyMatch(Heads::needsEmbeddings);
        LoadedCorpus loaded = request.corpus();
        if (loaded != null) {
            requireTwoClasses(labels, loaded.records());
        }
        SentenceEmbedder embedder = embeddings
                ? Embeddings.open(request.embedding(), request.window(), request.cacheDir()) : null;
        Analyzer analyzer = Analyzers.create(request.analyzer());
        TopicFit topicFit = null;
        TopicModel topics = null;
        if (request.topics() instanceof TrainingRequest.TopicSource.Fit fit) {
            if (loaded == null) {
                throw new TrainingException("--k needs a corpus to train the topic model on (--corpus FILE...)");
            }
            topicFit = TopicFit.fit(loaded.records(), analyzer, fit.k(), fit.iterations(), request.seed());
            topics = topicFit.model();
        } else if (request.topics() instanceof TrainingRequest.TopicSource.Stored stored) {
            topics = storedTopics(stored, request);
        }
        DocumentFactory docs = new DocumentFactory(analyzer, false, embedder, topics,
                candidates.stream().anyMatch(Heads::needsSentenceVectors));
        LabelledDocuments data = LabelledDocuments.of(loaded == null ? List.of() : loaded.records(), labels, docs);
        ModelSelection.Trained trained;
        try {
            trained = ModelSelection.train(candidates, data, docs, labels, request.cv(), request.seed(), request.coverage());
        } catch (IllegalArgumentException e) {
            throw new TrainingException(e.getMessage(), e);
        }
        HeadComparison.Result comparison = trained.comparison();
        CalibrationState calibration = trained.calibration();
        Manifest.CalibrationData calibrationData = loaded == null || comparison == null ? null
                : CorpusFiles.calibrationData("out-of-fold", loaded, data, calibration.method());
        TrainingReport.Recalibration recalibrated = null;
        if (request.calibrateOn() != null) {
            LoadedCorpus held = request.calibrateOn();
            LabelledDocuments heldData = LabelledDocuments.of(held.records(), labels, docs);
            try {
                calibration = Recalibration.fit(trained.model(), heldData, request.coverage());
            } catch (IllegalArgumentException e) {
                throw new TrainingException(String.join(", ", held.files().stream().map(FileDigest::file).toList()) + ": "
                        + e.getMessage(), e);
            }
            calibrationData = CorpusFiles.calibrationData("held-out", held, heldData, calibration.method());
            recalibrated = new TrainingReport.Recalibration(heldData.size(), calibration.temperature());
        }
        String chosen = trained.trainer().head();
        ReferenceSet reference = embedder == null || !Heads.needsEmbeddings(chosen) || data.size() == 0 ? null
                : reference(data);
        Manifest manifest = manifest(request, loaded, data, Heads.needsEmbeddings(chosen) ? embedder : null,
                docs.sentenceVectors(), trained, calibrationData);
        TrainingReport report = new TrainingReport(loaded == null ? 0 : loaded.records().size(), data.size(),
                data.groupCount(), data.unlabelled(), loaded == null ? 0 : loaded.rejects().size(), topicFit, comparison,
                trained.note(), recalibrated);
        return new TrainedBundle(manifest, new BundleContents(labels, trained.model(), calibration, reference, topics), report);
    }

    /**
     * Refuses labels of a single class: a model fitted on them calls everything that class, with high
     * confidence. No labels at all is allowed (the zero-shot model of the label set).
     *
     * @throws TrainingException naming the one class and its count
     */
    public static void requireTwoClasses(LabelSet labels, List<AbstractRecord> records) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (AbstractRecord r : records) {
            if (r.isLabelled()) {
                counts.merge(r.label(), 1, Integer::sum);
            }
        }
        List<String> present = counts.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
        if (present.size() == 1) {
            throw new TrainingException("the labelled records hold only one class (" + present.get(0) + "); a stance model"
                    + " needs labelled examples of at least two of " + labels.names() + ", or train without labels for a"
                    + " zero-shot model");
        }
    }

    /** The topic model stored by {@code topics train}, checked to analyse text as the stance model will. */
    private static TopicModel storedTopics(TrainingRequest.TopicSource.Stored source, TrainingRequest request)
            throws IOException {
        StoredTopics stored = TopicStore.readStored(source.dir());
        if (stored.provenance() == null) {
            throw new TrainingException(source.dir() + ": the topic model records no analyzer settings, so it cannot be"
                    + " checked against this model's; retrain it with 'stancemap topics train'");
        }
        try {
            stored.provenance().requireAnalyzer(request.analyzer(), "the stance model");
        } catch (IllegalArgumentException e) {
            throw new TrainingException(source.dir() + ": " + e.getMessage()
                    + " (use --analyzer to match, or retrain the topics)", e);
        }
        return stored.model();
    }

    private static ReferenceSet reference(LabelledDocuments data) {
        List<String> ids = new ArrayList<>();
        List<String> labelNames = new ArrayList<>();
        List<String> snippets = new ArrayList<>();
        float[][] vectors = new float[data.size()][];
        for (int i = 0; i < data.size(); i++) {
            var r = data.records().get(i);
            ids.add(r.outputId());
            labelNames.add(r.label());
            snippets.add(ReferenceSet.snippet(r.text(), 12));
            vectors[i] = data.documents().get(i).embedding();
        }
        return ReferenceSet.of(ids, labelNames, snippets, vectors, data.groups());
    }

    private static Manifest manifest(TrainingRequest request, LoadedCorpus loaded, LabelledDocuments data,
                                     SentenceEmbedder embedder, boolean sentenceVectors, ModelSelection.Trained trained,
                                     Manifest.CalibrationData calibrationData) {
        LabelSet labels = request.labels();
        List<Manifest.CorpusFile> files = loaded == null ? List.of() : CorpusFiles.of(loaded, data);
        Map<String, Integer> counts = new LinkedHashMap<>();
        int[] c = data.labelCounts(labels.size());
        for (int k = 0; k < c.length; k++) {
            counts.put(labels.names().get(k), c[k]);
        }
        return new Manifest(Manifest.FORMAT, Manifest.FORMAT_VERSION, null,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), request.toolVersion(),
                new Manifest.LabelSetRef(labels.id(), labels.names(), BundleWriter.LABELS), files, counts, request.analyzer(),
                embedder == null ? null : Embeddings.describe(embedder).withSentences(sentenceVectors), trained.trainer().head(),
                TREES.valueToTree(trained.trainer().options()), request.seed(), LibraryVersions.all(),
                LibraryVersions.runtime(), trained.comparison() == null ? null : metrics(trained.comparison()), null,
                calibrationData);
    }

    /** The manifest's metrics of a head comparison: the chosen head's reports and every candidate's figures. */
    static TrainingMetrics metrics(HeadComparison.Result comparison) {
        List<TrainingMetrics.Candidate> candidates = comparison.entries().stream()
                .map(e -> new TrainingMetrics.Candidate(e.head(), e.crossValidation().metrics().macroF1(),
                        e.crossValidation().macroF1Ci(), e.crossValidation().metrics().accuracy(),
                        e.calibration().after().logLoss(), e.calibration().before().ece(), e.calibration().after().ece()))
                .toList();
        return new TrainingMetrics(TREES.valueToTree(comparison.best().crossValidation()),
                TREES.valueToTree(comparison.best().calibration()),
                new TrainingMetrics.Selection(comparison.rule(), comparison.chosen(), candidates));
    }
}
