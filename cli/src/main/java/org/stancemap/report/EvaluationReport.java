package org.stancemap.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.stancemap.eval.CrossValidation;
import org.stancemap.eval.LearningCurve;

/**
 * Writes the evaluation report of {@code stancemap evaluate --report DIR}: a self-contained
 * {@code index.html} (inline SVG charts: metrics with bootstrap intervals, confusion heat maps,
 * per-class bars, reliability diagrams, the learning curve and a side-by-side comparison when several
 * models were evaluated) and the {@code report.json} behind it ({@link Evaluation}). Stateless and
 * thread-safe; files are replaced atomically.
 */
public final class EvaluationReport {
    private EvaluationReport() {}

    /**
     * Writes the report of an evaluation.
     *
     * @param dir the report directory, created when missing
     * @throws IOException when the files cannot be written
     */
    public static void write(Path dir, Evaluation evaluation) throws IOException {
        ReportFiles.write(dir, evaluation, EvaluationPage.render(evaluation));
    }

    /**
     * Writes the report of the JSON that {@code stancemap evaluate --json} writes (either mode, one
     * {@code result} or several {@code results}, with an optional {@code learningCurve}).
     *
     * @return the evaluation shown
     * @throws IllegalArgumentException when the JSON is not an evaluation, naming the missing field
     */
    public static Evaluation write(Path dir, JsonNode evaluateJson) throws IOException {
        Evaluation e = EvaluationJson.parse(evaluateJson, "evaluation JSON");
        write(dir, e);
        return e;
    }

    /**
     * Writes the report of cross-validated heads.
     *
     * @param curve   learning-curve points, or an empty list
     * @param context what was evaluated (corpus files, analyzer), or null
     */
    public static Evaluation write(Path dir, List<CrossValidation.Result> results, List<LearningCurve.Point> curve,
                                   JsonNode context) throws IOException {
        Evaluation e = Evaluation.crossValidation(results, curve, context);
        write(dir, e);
        return e;
    }

    /** Reads back a {@code report.json} written by this build (refusing other formats or versions). */
    public static Evaluation read(Path reportJson) throws IOException {
        return org.stancemap.corpus.Json.mapper().readValue(reportJson.toFile(), Evaluation.class);
    }
}
