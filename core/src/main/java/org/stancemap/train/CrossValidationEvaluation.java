package org.stancemap.train;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.stancemap.bundle.Embeddings;
import org.stancemap.corpus.FileDigest;
import org.stancemap.corpus.LoadedCorpus;
import org.stancemap.eval.CrossValidation;
import org.stancemap.eval.CvSpec;
import org.stancemap.eval.HeadComparison;
import org.stancemap.eval.LearningCurve;
import org.stancemap.stance.DocumentFactory;
import org.stancemap.stance.Heads;
import org.stancemap.stance.LabelSet;
import org.stancemap.stance.LabelledDocuments;
import org.stancemap.stance.StanceModel;
import org.stancemap.stance.StanceTrainer;
import org.stancemap.text.Analyzer;
import org.stancemap.text.AnalyzerSettings;
import org.stancemap.text.Analyzers;

/**
 * Heads compared by grouped cross-validation on a labelled corpus ({@code evaluate --corpus --cv}),
 * optionally with a topic model fitted on the corpus and a learning curve of the chosen head.
 * Stateless.
 */
public final class CrossValidationEvaluation {
    private CrossValidationEvaluation() {}

    /**
     * What to compare, on what.
     *
     * @param corpus          the labelled corpus
     * @param labels          the label set
     * @param analyzer        the text analysis
     * @param heads           the heads to compare
     * @param cv              the folds
     * @param topics          a K-topic model to fit on the corpus (it adds the topic head's features), or null
     * @param embedding       the embedding model of the embedding heads
     * @param window          word pieces per embedding window, 0 for the model's own
     * @param cacheDir        the embedding cache, or null for none
     * @param seed            the seed of the folds, the heads and the bootstrap
     * @param coverage        conformal coverage of each head's calibration
     */
    public record Request(LoadedCorpus corpus, LabelSet labels, AnalyzerSettings analyzer, List<String> heads, CvSpec cv,
                          TrainingRequest.TopicSource.Fit topics, String embedding, int window, Path cacheDir, long seed,
                          double coverage) {
        public Request {
            heads = List.copyOf(heads);
        }
    }

    /**
     * A comparison's figures; its JSON form is what {@code evaluate --json} writes.
     *
     * @param corpus        the corpus files with their SHA-256 and record counts
     * @param analyzer      the text analysis
     * @param embedding     the embedding model, or null when no head read one
     * @param comparison    every head's cross-validation and calibration, and the chosen head
     * @param learningCurve the chosen head's macro-F1 by training size, or null when not asked for
     * @param topics        the topic model fitted on the corpus, or null
     * @param data          the labelled documents compared on
     * @param rejected      records rejected while reading the corpus
     * @param documents     how documents were made (for the learning curve's fits)
     */
    @JsonPropertyOrder({"mode", "corpus", "analyzer", "embedding", "result", "results", "comparison", "learningCurve"})
    public record Result(List<FileDigest> corpus, AnalyzerSettings analyzer, String embedding,
                         HeadComparison.Result comparison,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<LearningCurve.Point> learningCurve,
                         @JsonIgnore TopicFit topics, @JsonIgnore LabelledDocuments data, @JsonIgnore int rejected,
                         @JsonIgnore DocumentFactory documents) {

        /** Always {@code cross-validation}: tells this JSON from the held-out evaluation's. */
        @JsonProperty("mode")
        public String mode() {
            return "cross-validation";
        }

        /** The chosen head's cross-validation. */
        @JsonProperty("result")
        public CrossValidation.Result result() {
            return comparison.best().crossValidation();
        }

        /** Every head's cross-validation, in the order compared. */
        @JsonProperty("results")
        public List<CrossValidation.Result> results() {
            return comparison.entries().stream().map(HeadComparison.Entry::crossValidation).toList();
        }

        /** A copy with the learning curve. */
        public Result withLearningCurve(List<LearningCurve.Point> curve) {
            return new Result(corpus, analyzer, embedding, comparison, List.copyOf(curve), topics, data, rejected, documents);
        }
    }

    /**
     * Fits the topic model if asked, analyses (and embeds) the corpus and compares the heads.
     *
     * @throws TrainingException when the labelled records come from fewer than two works
     * @throws IOException       when the embedding model cannot be opened
     */
    public static Result run(Request request) throws IOException {
        List<String> heads = request.heads();
        boolean embeddings = heads.stream().anyMatch(Heads::needsEmbeddings);
        Analyzer analyzer = Analyzers.create(request.analyzer());
        LoadedCorpus loaded = request.corpus();
        TopicFit topics = request.topics() == null ? null : TopicFit.fit(loaded.records(), analyzer, request.topics().k(),
                request.topics().iterations(), request.seed());
        DocumentFactory docs = new DocumentFactory(analyzer, false,
                embeddings ? Embeddings.open(request.embedding(), request.window(), request.cacheDir()) : null,
                topics == null ? null : topics.model(), heads.stream().anyMatch(Heads::needsSentenceVectors));
        LabelledDocuments data = LabelledDocuments.of(loaded.records(), request.labels(), docs);
        if (data.groupCount() < 2) {
            throw new TrainingException("cross-validation needs labelled records from at least two works; found "
                    + data.groupCount());
        }
        List<StanceTrainer> trainers = heads.stream().map(h -> Heads.trainer(h, request.seed(), docs)).toList();
        HeadComparison.Result comparison = HeadComparison.run(trainers, data.documents(), data.y(), data.groups(),
                request.labels(), request.cv(), request.seed(), request.coverage());
        return new Result(loaded.files(), request.analyzer(), embeddings ? request.embedding() : null, comparison, null,
                topics, data, loaded.rejects().size(), docs);
    }

    /** The learning curve of {@code result}'s chosen head on its folds. */
    public static List<LearningCurve.Point> learningCurve(Result result, LabelSet labels, LearningCurve.Options options) {
        LabelledDocuments data = result.data();
        StanceTrainer best = Heads.trainer(result.comparison().chosen(), options.seed(), result.documents());
        return LearningCurve.run(labels.names(), data.y(), result.result().plan(), options, (train, test) -> {
            StanceModel m = best.fit(Arrays.stream(train).mapToObj(data.documents()::get).toList(),
                    Arrays.stream(train).map(i -> data.y()[i]).toArray(), labels);
            return Arrays.stream(test).mapToObj(i -> m.probabilities(data.documents().get(i))).toArray(double[][]::new);
        });
    }
}
