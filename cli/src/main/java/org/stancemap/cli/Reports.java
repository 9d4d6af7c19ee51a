package org.stancemap.cli;

import java.util.List;
import java.util.Locale;
import org.stancemap.eval.CrossValidation;
import org.stancemap.eval.EvaluationTable;

/** Text reports of evaluations for stdout. */
final class Reports {
    private Reports() {}

    /** The cross-validation table of one head beside the majority baseline, with how folds were formed. */
    static String crossValidation(CrossValidation.Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "cross-validation: %s, %d folds (%s%s), seed %d%n", r.cv(), r.folds(),
                r.stratified() ? "stratified, " : "", r.foldMethod(), r.seed()));
        sb.append("groups: ").append(r.grouping()).append('\n');
        sb.append(EvaluationTable.format(List.of(
                new EvaluationTable.Column(r.head(), r.metrics(), r.accuracyCi(), r.macroF1Ci()),
                EvaluationTable.Column.of("majority", r.baseline()))));
        return sb.toString();
    }
}
