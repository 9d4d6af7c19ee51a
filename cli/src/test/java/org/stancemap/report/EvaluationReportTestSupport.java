package org.stancemap.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.IntStream;
import org.stancemap.eval.CrossValidation;
import org.stancemap.eval.CvSpec;
import org.stancemap.eval.GroupedFolds;
import org.stancemap.eval.LearningCurve;
import org.stancemap.eval.TrainingSize;
import org.stancemap.stance.StanceModel;
import org.stancemap.stance.TfidfLogisticTrainer;

/** Evaluations of the seed abstracts (whitespace-tokenised) for report tests: fast, real, deterministic. */
final class EvaluationReportTestSupport {
    private static SeedDocuments seed;

    private EvaluationReportTestSupport() {}

    static synchronized SeedDocuments seed() {
        if (seed == null) {
            try {
                seed = SeedDocuments.load();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seed;
    }

    /** Three-fold grouped cross-validation of tfidf-lr with penalty {@code lambda}, prototypes off. */
    static CrossValidation.Result crossValidate(double lambda) {
        TfidfLogisticTrainer.Options d = TfidfLogisticTrainer.Options.defaults();
        return crossValidate(new TfidfLogisticTrainer(new TfidfLogisticTrainer.Options(d.tfidf(), lambda, d.tolerance(),
                d.maxIter(), false), SeedDocuments::doc));
    }

    /** Three-fold grouped cross-validation of tfidf-lr with its defaults. */
    static CrossValidation.Result crossValidateDefaults() {
        return crossValidate(new TfidfLogisticTrainer(TfidfLogisticTrainer.Options.defaults(), SeedDocuments::doc));
    }

    private static CrossValidation.Result crossValidate(TfidfLogisticTrainer trainer) {
        SeedDocuments s = seed();
        return CrossValidation.run(s.documents, s.y, s.groups, s.labels, trainer, new CvSpec(3), 42);
    }

    /** A learning curve at 50% and 100% of each fold's training side, two repeats. */
    static List<LearningCurve.Point> learningCurve() {
        SeedDocuments s = seed();
        TfidfLogisticTrainer trainer = new TfidfLogisticTrainer(TfidfLogisticTrainer.Options.defaults(), SeedDocuments::doc);
        String[] names = IntStream.of(s.y).mapToObj(i -> s.labels.names().get(i)).toArray(String[]::new);
        return LearningCurve.run(s.labels.names(), s.y, GroupedFolds.kFold(s.groups, names, 3, 42),
                new LearningCurve.Options(List.of(TrainingSize.parse("50%"), TrainingSize.parse("100%")), 2, 42),
                (train, test) -> {
                    StanceModel m = trainer.fit(IntStream.of(train).mapToObj(s.documents::get).toList(),
                            IntStream.of(train).map(i -> s.y[i]).toArray(), s.labels);
                    return IntStream.of(test).mapToObj(i -> m.probabilities(s.documents.get(i))).toArray(double[][]::new);
                });
    }
}
